/**
 * The whole result (not only the rows the grid shows) as CSV (UTF-8 with BOM, via the site's
 * toCsv), JSON (BigInt as strings) and Parquet (written by parquet-wasm from Arrow IPC; the
 * engine has initialised parquet-wasm already).
 */
import { tableToIPC, type Table } from "apache-arrow";
import { Table as WasmTable, writeParquet } from "parquet-wasm/esm";
import { toCsv } from "../../data/csv.ts";
import { plainValue, toJson } from "../../workbench/cells.ts";
import { download } from "./download.ts";

function* rows(table: Table, order?: Uint32Array): Generator<Record<string, unknown>> {
  const columns = table.schema.fields.map((f, i) => ({ name: f.name, type: String(f.type), vector: table.getChildAt(i)! }));
  for (let r = 0; r < table.numRows; r++) {
    const index = order ? order[r]! : r;
    yield Object.fromEntries(columns.map((c) => [c.name, plainValue(c.vector.get(index), c.type)]));
  }
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");

export function exportCsv(table: Table, order?: Uint32Array): void {
  const columns = table.schema.fields.map((f) => f.name);
  download(toCsv([...rows(table, order)], columns), `query-${stamp()}.csv`, "text/csv;charset=utf-8");
}

export function exportJson(table: Table, order?: Uint32Array): void {
  download(toJson(rows(table, order)), `query-${stamp()}.json`, "application/json");
}

export function exportParquet(table: Table): void {
  const parquet = writeParquet(WasmTable.fromIPCStream(tableToIPC(table, "stream")));
  download(parquet as Uint8Array<ArrayBuffer>, `query-${stamp()}.parquet`, "application/vnd.apache.parquet");
}

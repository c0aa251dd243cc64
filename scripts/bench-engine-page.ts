/**
 * The benchmark's bare DuckDB-WASM page (served by scripts/bench.ts at /__bench/engine/, never
 * part of the site): nothing but DuckDB's start and `SELECT 42`, from the site's own worker and
 * wasm files in dist/_astro/. `bareStart("site")` starts it the way the site does
 * (src/lib/client/engine-start.ts: DuckDB compiles from the raw streamed response, which the
 * browser's code cache serves); `bareStart("stock")` the way DuckDB's own loader does (its worker
 * as is), to show what that difference gives. Bundled by scripts/bench-charts.ts with Vite; the
 * DuckDB client comes bundled with it, so this start does not include loading that script (the
 * site's engine module), which makes it a lower bound of the site's engine start.
 */
import * as duckdb from "@duckdb/duckdb-wasm";
import { startDuckDB } from "../src/lib/client/engine-start.ts";

async function stock(workerUrl: string, wasmUrl: string): Promise<duckdb.AsyncDuckDB> {
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(workerUrl));
  await db.instantiate(new URL(wasmUrl, location.href).href);
  await db.open({ query: { castDecimalToDouble: true } });
  return db;
}

/** Milliseconds from the call to the answer of SELECT 42. */
async function bareStart(how: "site" | "stock", workerUrl: string, wasmUrl: string): Promise<number> {
  const started = performance.now();
  const db = await (how === "site" ? startDuckDB(workerUrl, wasmUrl) : stock(workerUrl, wasmUrl));
  const connection = await db.connect();
  const answer = (await connection.query("SELECT 42 AS answer")).toArray()[0]?.toJSON().answer;
  const milliseconds = performance.now() - started;
  if (Number(answer) !== 42) throw new Error(`SELECT 42 gave ${String(answer)}`);
  // Left running, as a page would: the browser writes its code cache for the module a little later.
  return milliseconds;
}

Object.assign(window, { bareStart });

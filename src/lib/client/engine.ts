/**
 * The page's one SQL engine: DuckDB-WASM in a worker, over the released Parquet snapshots. Used by
 * the interactive charts and by the SQL workbench, started once per page and only when a reader
 * first needs it (this module is imported dynamically). It is the query interface's browser
 * engine (src/lib/sql/named.ts): runNamed runs the same named queries as the build's Node engine
 * (src/lib/server/query.ts) and hands back the same rows.
 *
 * Everything comes from the site's own origin: DuckDB's wasm and worker are bundled assets
 * (started by engine-start.ts so that the browser's cache of compiled WebAssembly works), and
 * the Parquet files are decoded here with parquet-wasm and handed to DuckDB as Arrow. DuckDB-WASM
 * since 1.29 has no Parquet reader of its own and would download its parquet extension from
 * DuckDB's server, which this site must never depend on (no third-party requests; intranets).
 *
 * Each snapshot is loaded into a schema named after it ("2026-11-23"), table by table as queries
 * need them. Once started, the engine is locked: no extension can be installed or loaded, no file
 * or URL can be read or written (enable_external_access = false), and the configuration cannot be
 * changed back. Readers' statements run one at a time in a read-only transaction, so nothing they
 * type changes a loaded snapshot either.
 */
import * as duckdb from "@duckdb/duckdb-wasm";
import ehWorker from "@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url";
import ehWasm from "@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url";
import { Table } from "apache-arrow";
import initParquet, { readParquet } from "parquet-wasm/esm";
import parquetWasm from "parquet-wasm/esm/parquet_wasm_bg.wasm?url";
import type { Manifest } from "../data/releases.ts";
import { bindNamed, quoteIdent, type ParamValue } from "../sql/bind.ts";
import { cancelledError, QueryError, toQueryError } from "../sql/errors.ts";
import { checkQueryName, type NamedRow, type QueryEngine } from "../sql/named.ts";
import { plainRow } from "../sql/rows.ts";
import { tablesMentioned } from "../sql/tables.ts";
import { addColumnStatements, currentColumns, missingColumns } from "../sql/snapshot-compat.ts";
import { url } from "../urls.ts";
import { startDuckDB } from "./engine-start.ts";

export { QueryError };

// The site's named queries, bundled as text (a few kilobytes): the same files the build runs.
const queries = import.meta.glob<string>("../../queries/*.sql", { query: "?raw", import: "default", eager: true });

class Engine implements QueryEngine {
  private readonly manifests = new Map<string, Promise<Manifest>>();
  private readonly tables = new Map<string, Promise<void>>();
  private readonly connections = new Map<string, Promise<duckdb.AsyncDuckDBConnection>>();
  private readonly loader: Promise<duckdb.AsyncDuckDBConnection>;
  private reader?: Promise<duckdb.AsyncDuckDBConnection>;
  private readerQueue: Promise<void> = Promise.resolve();

  readonly db: duckdb.AsyncDuckDB;

  constructor(db: duckdb.AsyncDuckDB) {
    this.db = db;
    this.loader = db.connect();
  }

  manifest(snapshot: string): Promise<Manifest> {
    if (!this.manifests.has(snapshot)) {
      this.manifests.set(
        snapshot,
        fetch(url.snapshotFile(snapshot, "manifest.json"))
          .then((r) => {
            if (!r.ok) throw new Error(`快照 ${snapshot} 的清单无法读取（HTTP ${r.status}）`);
            return r.json() as Promise<Manifest>;
          })
          .catch((error: unknown) => {
            this.manifests.delete(snapshot);
            throw error;
          }),
      );
    }
    return this.manifests.get(snapshot)!;
  }

  /**
   * Loads a snapshot's tables (all of them, or those named) into its schema, each only once. The
   * one place where the browser loads a snapshot.
   */
  async load(snapshot: string, names?: string[]): Promise<void> {
    const manifest = await this.manifest(snapshot);
    const wanted = manifest.tables.filter((t) => !names || names.includes(t.name));
    await Promise.all(
      wanted.map((table) => {
        const key = `${snapshot}/${table.name}`;
        if (!this.tables.has(key)) {
          // A failed load is forgotten, so that the next query tries again (a network blip).
          const loading = this.loadTable(snapshot, table.name, table.parquet, table.columns).catch((error: unknown) => {
            this.tables.delete(key);
            throw error;
          });
          this.tables.set(key, loading);
        }
        return this.tables.get(key)!;
      }),
    );
  }

  private async loadTable(snapshot: string, name: string, file: string, columns: { name: string }[]): Promise<void> {
    const response = await fetch(url.snapshotFile(snapshot, file));
    if (!response.ok) throw new Error(`${file} 无法读取（HTTP ${response.status}）`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const ipc = readParquet(bytes).intoIPCStream();
    const connection = await this.loader;
    await connection.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(snapshot)}`);
    await connection.insertArrowFromIPCStream(ipc, { schema: snapshot, name, create: true });
    // An older snapshot's table gets the columns it lacks as NULL (snapshot-compat.ts).
    const current = currentColumns(queries["../../queries/observations_full.sql"] ?? "").get(name) ?? [];
    for (const statement of addColumnStatements(snapshot, name, missingColumns(columns, current))) {
      await connection.query(statement);
    }
  }

  /** A connection whose unqualified table names are the snapshot's. */
  connection(snapshot: string): Promise<duckdb.AsyncDuckDBConnection> {
    if (!this.connections.has(snapshot)) {
      this.connections.set(
        snapshot,
        (async () => {
          const connection = await this.db.connect();
          await connection.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(snapshot)}`);
          await connection.query(`USE ${quoteIdent(snapshot)}`);
          return connection;
        })(),
      );
    }
    return this.connections.get(snapshot)!;
  }

  /**
   * Runs one of the site's own queries (a chart's), with named parameters bound by position,
   * after loading the tables it mentions.
   */
  async runNamed(snapshot: string, name: string, params: Record<string, ParamValue>): Promise<NamedRow[]> {
    const sql = queries[`../../queries/${checkQueryName(name)}.sql`];
    if (sql === undefined) throw new Error(`没有名为 ${name} 的查询`);
    const manifest = await this.manifest(snapshot);
    await this.load(snapshot, tablesMentioned(sql, manifest));
    const connection = await this.connection(snapshot);
    const bound = bindNamed(sql, params);
    const statement = await connection.prepare(bound.sql);
    try {
      const table = await statement.query(...bound.values);
      return table.toArray().map((row) => plainRow(row.toJSON()) as NamedRow);
    } finally {
      await statement.close();
    }
  }

  /**
   * Runs a reader's statement (the workbench's): all of the snapshot's tables loaded (and those of
   * any snapshot named in `alsoLoad`, for comparing two), unqualified names resolving to the
   * snapshot's, exactly one statement (DuckDB refuses to prepare several), inside a read-only
   * transaction that is rolled back afterwards. Statements run one at a time, in the order they
   * were asked for. The whole result is kept as Arrow, so a grid can show part of it and an export
   * can still write all of it.
   *
   * `signal` cancels this statement and no other (the explorer's facet counts share the queue and
   * pass none). Aborted while it waits its turn, it is refused at once with "已取消" and never
   * runs. Aborted while it runs: the worker executes a pending query step by step and
   * connection.cancelSent() stops it; once the first rows are ready the result is streamed in
   * batches, which cancelSent() no longer reaches (DuckDB-WASM cancels only a query still
   * pending), so no further batch is read and the open result is dropped by the ROLLBACK that
   * follows. Either way the promise rejects with "已取消".
   */
  runReaderStatement(
    snapshot: string,
    sql: string,
    alsoLoad: string[] = [],
    signal?: AbortSignal,
  ): Promise<{ table: Table; milliseconds: number }> {
    if (signal?.aborted) return Promise.reject(cancelledError(false));
    let started = false;
    const run = this.readerQueue.then(() => {
      if (signal?.aborted) throw cancelledError(false);
      started = true;
      return this.runReaderNow(snapshot, sql, alsoLoad, signal);
    });
    this.readerQueue = run.then(
      () => undefined,
      () => undefined,
    );
    if (!signal) return run;
    return new Promise((resolve, reject) => {
      const queuedAbort = () => {
        if (!started) reject(cancelledError(false));
      };
      signal.addEventListener("abort", queuedAbort, { once: true });
      run.then(resolve, reject).finally(() => signal.removeEventListener("abort", queuedAbort));
    });
  }

  private async runReaderNow(
    snapshot: string,
    sql: string,
    alsoLoad: string[],
    signal?: AbortSignal,
  ): Promise<{ table: Table; milliseconds: number }> {
    // DuckDB-WASM accepts INSTALL without fetching anything (it fetches on LOAD, which the locked
    // configuration refuses); say plainly that extensions cannot be installed.
    if (/^\s*(?:(?:--[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*(?:FORCE\s+)?(?:INSTALL|UPDATE\s+EXTENSIONS)\b/i.test(sql)) {
      throw new QueryError("Permission Error: installing extensions is disabled in the SQL workbench (INSTALL)");
    }
    await Promise.all([snapshot, ...alsoLoad].map((id) => this.load(id)));
    if (signal?.aborted) throw cancelledError(true);
    this.reader ??= this.db.connect();
    const connection = await this.reader;
    await connection.query(`USE ${quoteIdent(snapshot)}`);
    const started = performance.now();
    await connection.query("BEGIN TRANSACTION READ ONLY");
    let sent = false;
    const cancel = () => {
      if (sent) void connection.cancelSent().catch(() => false);
    };
    signal?.addEventListener("abort", cancel, { once: true });
    try {
      // Preparing checks that this is one statement and reports syntax errors without running it.
      const statement = await connection.prepare(sql);
      await statement.close();
      if (signal?.aborted) throw cancelledError(true);
      sent = true;
      const reader = await connection.send(sql, true);
      const batches = [];
      for (;;) {
        if (signal?.aborted) throw cancelledError(true);
        const next = await reader.next();
        if (next.done) break;
        batches.push(next.value);
      }
      if (signal?.aborted) throw cancelledError(true);
      return { table: new Table(batches as never), milliseconds: performance.now() - started };
    } catch (error) {
      throw signal?.aborted ? cancelledError(true) : toQueryError(error);
    } finally {
      signal?.removeEventListener("abort", cancel);
      // Ends the transaction whatever the statement was; a COMMIT typed by the reader has ended it
      // already, which is not an error worth showing.
      await connection.query("ROLLBACK").catch(() => undefined);
    }
  }
}

async function start(): Promise<Engine> {
  // Only the "eh" build (WebAssembly exception handling), which every browser of the last years
  // runs; shipping the "mvp" fallback too would add 39 MB to the site for no current reader.
  // parquet-wasm compiles while DuckDB does.
  const duck = startDuckDB(ehWorker, ehWasm);
  try {
    await initParquet({ module_or_path: parquetWasm });
  } catch (error) {
    // A failed start leaves nothing running: the next getEngine() starts a fresh worker.
    void duck.then(
      (db) => db.terminate(),
      () => undefined,
    );
    throw error;
  }
  return new Engine(await duck);
}

let engine: Promise<Engine> | undefined;

/** The page's engine, started on first call. */
export function getEngine(): Promise<Engine> {
  engine ??= start().catch((error) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

export type { Engine };

/**
 * Starts DuckDB-WASM (the "eh" build) in a worker, opened and locked, from the worker script and
 * wasm module at the given addresses. The site's engine (engine.ts) starts this way, and so does
 * the benchmark's bare start (scripts/bench-charts.ts), so that both measure the same thing.
 *
 * Why the worker is started through a two-line script: DuckDB's worker fetches its 34 MB wasm
 * and, to report progress, pipes the response through a TransformStream into a new Response.
 * A constructed Response is not the one the HTTP cache holds, so the browser cannot use (nor
 * write) its cache of compiled WebAssembly for it, and every page that starts DuckDB compiles the
 * module from scratch. Without TransformStream, DuckDB's worker falls back to
 * `WebAssembly.instantiateStreaming(fetch(url))`, the raw streamed response, which the code cache
 * serves. (DuckDB logs a warning that it instantiates without a progress handler; nothing here
 * uses progress.) The script is a blob: URL, which the Content-Security-Policy allows for workers;
 * it loads DuckDB's worker from this site with importScripts.
 */
import * as duckdb from "@duckdb/duckdb-wasm";

export async function startDuckDB(workerUrl: string, wasmUrl: string): Promise<duckdb.AsyncDuckDB> {
  const bootstrap = URL.createObjectURL(
    new Blob([`self.TransformStream = undefined;\nimportScripts(${JSON.stringify(new URL(workerUrl, location.href).href)});\n`], {
      type: "text/javascript",
    }),
  );
  const worker = new Worker(bootstrap);
  try {
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    // An absolute address: the worker's own is the blob's, against which a path means nothing.
    await db.instantiate(new URL(wasmUrl, location.href).href);
    await db.open({ query: { castDecimalToDouble: true } });
    const setup = await db.connect();
    for (const statement of [
      "SET autoinstall_known_extensions = false",
      "SET autoload_known_extensions = false",
      "SET enable_external_access = false",
      "SET lock_configuration = true",
    ]) {
      await setup.query(statement);
    }
    await setup.close();
    return db;
  } catch (error) {
    // A failed start leaves nothing running: the next start begins with a fresh worker.
    worker.terminate();
    throw error;
  } finally {
    URL.revokeObjectURL(bootstrap);
  }
}

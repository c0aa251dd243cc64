/**
 * SYNTHETIC DATA, FOR THE BENCHMARK ONLY. scripts/bench-workbench.ts opens /data/sql/#bench-synthetic,
 * and only then does the workbench import this module (a chunk of its own that no reader loads).
 * It lets the benchmark make a generated table in this page's memory (schema "synthetic", never
 * published, never written anywhere) and put SQL in the editor.
 */
import type { Engine } from "../engine.ts";

export interface WorkbenchBench {
  createSyntheticObservations(rows: number): Promise<void>;
  setSql(sql: string): void;
}

export function installBench(engine: Promise<Engine>, setSql: (sql: string) => void): void {
  const bench: WorkbenchBench = {
    async createSyntheticObservations(rows) {
      const connection = await (await engine).db.connect();
      try {
        await connection.query("CREATE SCHEMA IF NOT EXISTS synthetic");
        await connection.query(
          `CREATE OR REPLACE TABLE synthetic.observations AS
           SELECT 'x-' || i AS id,
                  (320000 + (i % 97) * 100)::VARCHAR AS region,
                  'indicator_' || (i % 37) AS indicator,
                  (2000 + i % 25)::VARCHAR AS period,
                  CASE WHEN i % 5 = 0 THEN 'target' ELSE 'actual' END AS kind,
                  ((i * 7919) % 100003)::DOUBLE AS value
           FROM range(${Math.max(0, Math.floor(rows))}) AS t(i)`,
        );
      } finally {
        await connection.close();
      }
    },
    setSql,
  };
  (window as unknown as { workbenchBench: WorkbenchBench }).workbenchBench = bench;
}

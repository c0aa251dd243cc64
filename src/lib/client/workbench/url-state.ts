/**
 * The workbench's state in its address (format in src/lib/sql/workbench-url.ts): read on arrival,
 * rewritten (without a new history entry) when the reader runs a query or changes the chart.
 */
import { parseWorkbenchUrl, workbenchUrl, type WorkbenchState } from "../../sql/workbench-url.ts";

export function readState(): WorkbenchState {
  return parseWorkbenchUrl(location.search);
}

export function writeState(state: WorkbenchState): string {
  const next = workbenchUrl(location.pathname, state);
  history.replaceState(null, "", next);
  return new URL(next, location.href).href;
}

/**
 * A chart's choices in the page's address, so that copying the address shares the chart as
 * chosen: `#<chart-id>:indicator=national_incubators&until=2021-12-31`, and for several charts on
 * one page `#<id>:…;<id>:…`. Only choices that differ from the chart as built are written; a
 * chart left as built is not named. Values are percent-encoded, except the commas and colons that
 * ids and dates hold, which stay readable (the separators are `;`, the first `:`, `&` and `=`).
 * Pure: read and written by src/lib/client/chart-controls.ts, and by the build for the link from a
 * figure to its chart's page when the figure shows another snapshot than that page.
 */

/** Each chart's choices by its id: param → value. */
export type ChartStates = Map<string, Record<string, string>>;

const encode = (text: string) => encodeURIComponent(text).replace(/%2C/gi, ",").replace(/%3A/gi, ":");

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    // A hand-edited address with a stray %: read it as written.
    return text;
  }
};

/** The charts' choices in `hash` (with or without its #); entries that are no chart's are left out. */
export function parseChartHash(hash: string): ChartStates {
  const states: ChartStates = new Map();
  for (const entry of hash.replace(/^#/, "").split(";")) {
    const colon = entry.indexOf(":");
    if (colon <= 0) continue;
    const id = decode(entry.slice(0, colon));
    const state: Record<string, string> = {};
    for (const pair of entry.slice(colon + 1).split("&")) {
      if (pair === "") continue;
      const equals = pair.indexOf("=");
      const key = decode(equals < 0 ? pair : pair.slice(0, equals));
      if (key !== "") state[key] = equals < 0 ? "" : decode(pair.slice(equals + 1));
    }
    states.set(id, state);
  }
  return states;
}

/** The hash for `states` (with its #), or "" when no chart has a choice to say. */
export function formatChartHash(states: ChartStates): string {
  const entries = [...states]
    .filter(([, state]) => Object.keys(state).length > 0)
    .map(
      ([id, state]) =>
        `${encode(id)}:${Object.entries(state)
          .map(([key, value]) => `${encode(key)}=${encode(value)}`)
          .join("&")}`,
    );
  return entries.length > 0 ? `#${entries.join(";")}` : "";
}

/** The hash naming one chart: its choices if it has any, else its id alone (an anchor to the figure). */
export function chartHash(id: string, state: Record<string, string> = {}): string {
  return formatChartHash(new Map([[id, state]])) || `#${id}`;
}

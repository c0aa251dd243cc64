/**
 * How the workbench shows, sorts and exports a result's values (pure: unit-tested). Values come
 * from Arrow as DuckDB-WASM hands them over: BIGINT as BigInt, DATE and TIMESTAMP as milliseconds
 * since the epoch, lists and structs as Arrow objects with toJSON().
 */

export type CellKind = "null" | "number" | "text";

export interface Cell {
  text: string;
  kind: CellKind;
}

/**
 * A number as its shortest round-trip digits (what String() writes: never rounded for display), with
 * the integer part grouped in threes as zh-CN writes it. Exponent forms (1e+21, 1.5e-7), Infinity
 * and NaN are shown as String() writes them.
 */
export function formatNumber(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!match) return text;
  return `${match[1]}${match[2]!.replace(/\B(?=(?:\d{3})+$)/g, ",")}${match[3] ?? ""}`;
}

/** Arrow's name for a column type, as DuckDB would name it. */
export function sqlTypeName(arrowType: string): string {
  const names: [RegExp, string][] = [
    [/^Utf8|^LargeUtf8/, "VARCHAR"],
    [/^Float64/, "DOUBLE"],
    [/^Float32/, "FLOAT"],
    [/^Float16/, "HALF"],
    [/^Int64/, "BIGINT"],
    [/^Int32/, "INTEGER"],
    [/^Int16/, "SMALLINT"],
    [/^Int8/, "TINYINT"],
    [/^Uint64/, "UBIGINT"],
    [/^Uint32/, "UINTEGER"],
    [/^Uint16/, "USMALLINT"],
    [/^Uint8/, "UTINYINT"],
    [/^Bool/, "BOOLEAN"],
    [/^Date/, "DATE"],
    [/^Timestamp/, "TIMESTAMP"],
    [/^Time/, "TIME"],
    [/^Decimal/, "DECIMAL"],
    [/^Binary|^LargeBinary/, "BLOB"],
    [/^List|^FixedSizeList/, "LIST"],
    [/^Struct/, "STRUCT"],
    [/^Map/, "MAP"],
    [/^Null/, "NULL"],
  ];
  return names.find(([pattern]) => pattern.test(arrowType))?.[1] ?? arrowType;
}

export function isNumericType(arrowType: string): boolean {
  return /^(U?Int|Float|Decimal)/.test(arrowType);
}

/** JSON.stringify that writes BigInt as a string (JSON has no 64-bit integers). */
export function jsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}

/** A value as plain JSON data: BigInt as string, dates as ISO text, Arrow objects as JSON. */
export function plainValue(value: unknown, arrowType = ""): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number" && /^Date/.test(arrowType)) return new Date(value).toISOString().slice(0, 10);
  if (typeof value === "number" && /^Timestamp/.test(arrowType)) return new Date(value).toISOString();
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return [...value].map((b) => b.toString(16).padStart(2, "0")).join("");
  if (typeof value === "object" && "toJSON" in value && typeof value.toJSON === "function") {
    return JSON.parse(JSON.stringify(value.toJSON(), jsonReplacer)) as unknown;
  }
  return value;
}

/** A value as the grid shows it: NULL as NULL, numbers in zh-CN style, everything else as text. */
export function formatCell(value: unknown, arrowType = ""): Cell {
  if (value === null || value === undefined) return { text: "NULL", kind: "null" };
  if (typeof value === "bigint") return { text: value.toLocaleString("zh-CN"), kind: "number" };
  if (typeof value === "number") {
    if (/^(Date|Timestamp)/.test(arrowType)) return { text: String(plainValue(value, arrowType)), kind: "text" };
    return { text: formatNumber(value), kind: "number" };
  }
  if (typeof value === "boolean") return { text: value ? "true" : "false", kind: "text" };
  if (typeof value === "string") return { text: value, kind: "text" };
  const plain = plainValue(value, arrowType);
  return { text: typeof plain === "string" ? plain : JSON.stringify(plain), kind: "text" };
}

/** Orders two values for sorting: NULLs last, numbers by value, text by code point. */
export function compareValues(a: unknown, b: unknown): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) return aNull === bNull ? 0 : aNull ? 1 : -1;
  if ((typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint")) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const x = typeof a === "string" ? a : String(plainValue(a));
  const y = typeof b === "string" ? b : String(plainValue(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Row indices in sorted order (stable); `values` is one column, read once. */
export function sortedOrder(values: ArrayLike<unknown>, descending: boolean): Uint32Array {
  const order = new Uint32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const sign = descending ? -1 : 1;
  const sorted = Array.from(order).sort((i, j) => {
    const a = values[i];
    const b = values[j];
    const aNull = a === null || a === undefined;
    const bNull = b === null || b === undefined;
    // NULLs stay last whichever way the column is sorted.
    if (aNull || bNull) return aNull === bNull ? i - j : aNull ? 1 : -1;
    return sign * compareValues(a, b) || i - j;
  });
  return Uint32Array.from(sorted);
}

/** Rows as a JSON array of objects, BigInt written as strings. */
export function toJson(rows: Iterable<Record<string, unknown>>, types: Record<string, string> = {}): string {
  const out: Record<string, unknown>[] = [];
  for (const row of rows) {
    out.push(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v, types[k])])));
  }
  return JSON.stringify(out, jsonReplacer, 2);
}

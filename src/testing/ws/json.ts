/**
 * Frame text writer. Kraken prints prices and quantities as JSON numbers; we hold them as exact
 * decimal strings, so they are spliced into the text as literals (never through a float): a value
 * of 15+ significant digits or 1e-8 comes out digit for digit as a plain decimal literal.
 */
import { expandExponent, trimTrailingZeros } from "../../util/decimal.js";

/** A decimal string to be written as a bare JSON number literal. */
export class Num {
  constructor(readonly text: string) {}
}

/**
 * Wraps an exact decimal string as a JSON number the way Kraken's examples print them: plain
 * notation, trailing fractional zeros trimmed, whole values keep one decimal ("740.0", as in
 * Kraken's ticker example) so the wire looks like a float field.
 */
export function num(decimal: string): Num {
  return new Num(formatNumber(decimal));
}

/** An integer (trade_id, sequence, checksum) written as-is. */
export function int(value: number | bigint | string): Num {
  return new Num(String(value));
}

/** Formats an exact decimal string as Kraken prints a money value (see {@link num}). */
export function formatNumber(decimal: string): string {
  let s = trimTrailingZeros(expandExponent(decimal.trim()));
  if (s === "-0") s = "0";
  if (s.indexOf(".") < 0) s += ".0";
  return s;
}

/** JSON-compatible value tree whose number leaves may be exact {@link Num} literals. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | Num
  | ReadonlyArray<JsonValue>
  | { readonly [key: string]: JsonValue };

/** Serialises a value tree; `undefined` members are omitted like JSON.stringify does. */
export function writeJson(value: JsonValue): string {
  if (value instanceof Num) return value.text;
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
  }
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i ? "," : "") + writeJson(value[i] as JsonValue);
    return `${out}]`;
  }
  let out = "{";
  let first = true;
  for (const [k, v] of Object.entries(value as { [key: string]: JsonValue })) {
    if (v === undefined) continue;
    out += `${first ? "" : ","}${JSON.stringify(k)}:${writeJson(v)}`;
    first = false;
  }
  return `${out}}`;
}

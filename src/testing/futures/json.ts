/**
 * How the venue writes answers: Kraken's `{"result":"success",...,"serverTime":...}` envelope, and
 * decimal values spliced in as bare JSON number literals holding exactly the engine's digits.
 */
import { normalize } from "../exchange/decimal.js";
import { type JsonValue, Num, writeJson } from "../ws/json.js";

export type { JsonValue };

/** An exact decimal string written as a JSON number (`"65000"` → `65000`, `"0.0001"` → `0.0001`). */
export function n(decimal: string): Num {
  return new Num(normalize(decimal));
}

/** Like {@link n}, but `null` for an absent value. */
export function nOrNull(decimal: string | null | undefined): Num | null {
  return decimal === null || decimal === undefined ? null : n(decimal);
}

/** Kraken's timestamp format: RFC 3339 with milliseconds (`2026-12-07T02:42:38.000Z`). */
export function isoMs(ms: number): string {
  return new Date(ms).toISOString();
}

/** A success answer: `result`, the fields, then `serverTime`. */
export function successBody(now: number, fields: { readonly [key: string]: JsonValue }): string {
  return writeJson({ result: "success", ...fields, serverTime: isoMs(now) });
}

/** An error answer with Kraken's error code (and, for the simulator's own refusals, a message). */
export function errorBody(now: number, code: string, message?: string): string {
  return writeJson({ result: "error", serverTime: isoMs(now), error: code, ...(message ? { message } : {}) });
}

/** Serialises a JSON tree whose number leaves may be exact literals (answers without the envelope). */
export function writeJsonValue(value: JsonValue): string {
  return writeJson(value);
}

/** Exact step arithmetic on decimal strings (ticks, lot steps, costs) through BigInt scaling. */

import { expandExponent, isDecimalString } from "../util/decimal.js";

/**
 * Rounding direction: toward zero on the grid ("down"), away ("up"), or the nearest step, a half up ("nearest").
 * @example
 * ```ts
 * markets.get("BTC/USD").roundPrice("37500.05", "nearest" satisfies RoundMode); // "37500.1"
 * ```
 */
export type RoundMode = "down" | "up" | "nearest";

interface Scaled {
  v: bigint;
  scale: number;
}

function scaled(s: string): Scaled {
  const plain = expandExponent(s.trim());
  const neg = plain[0] === "-";
  const body = neg ? plain.slice(1) : plain;
  const dot = body.indexOf(".");
  const digits = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
  const v = BigInt(digits || "0");
  return { v: neg ? -v : v, scale: dot < 0 ? 0 : body.length - dot - 1 };
}

function at(x: Scaled, scale: number): bigint {
  return x.v * 10n ** BigInt(scale - x.scale);
}

function format(v: bigint, scale: number): string {
  const neg = v < 0n;
  let d = (neg ? -v : v).toString();
  if (scale > 0) {
    d = d.padStart(scale + 1, "0");
    d = `${d.slice(0, -scale)}.${d.slice(-scale)}`;
  }
  return neg ? `-${d}` : d;
}

/** Whether `s` is a decimal literal this module can work with. */
export function isNumber(s: unknown): s is string {
  return typeof s === "string" && isDecimalString(s.trim());
}

/** Fractional digits written in `s` after expanding any exponent ("1.50" -> 2). */
export function decimalsIn(s: string): number {
  return scaled(s).scale;
}

/** `a` compared with `b`: -1, 0 or 1, exactly. */
export function compare(a: string, b: string): number {
  const x = scaled(a);
  const y = scaled(b);
  const s = Math.max(x.scale, y.scale);
  const d = at(x, s) - at(y, s);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** `a * b` exactly. */
export function multiply(a: string, b: string): string {
  const x = scaled(a);
  const y = scaled(b);
  return format(x.v * y.v, x.scale + y.scale);
}

/** Whether `value` is a whole multiple of `step` (a step of zero accepts everything). */
export function onStep(value: string, step: string): boolean {
  const x = scaled(value);
  const st = scaled(step);
  if (st.v === 0n) return true;
  const s = Math.max(x.scale, st.scale);
  return at(x, s) % at(st, s) === 0n;
}

/**
 * `value` rounded to a multiple of `step`, written with the step's decimals ("37500.04", "0.1",
 * "down" -> "37500.0"); "nearest" rounds a half up.
 */
export function roundToStep(value: string, step: string, mode: RoundMode): string {
  const x = scaled(value);
  const st = scaled(step);
  const s = Math.max(x.scale, st.scale);
  const v = at(x, s);
  const q = at(st, s);
  if (q <= 0n) return value;
  let n = v / q;
  const r = v - n * q;
  if (r < 0n) n -= 1n; // BigInt division truncates toward zero; floor for negatives
  const rem = v - n * q;
  if (rem !== 0n && (mode === "up" || (mode === "nearest" && 2n * rem >= q))) n += 1n;
  return format(n * st.v, st.scale);
}

/** The step of `decimals` fractional digits: 2 -> "0.01", 0 -> "1", -1 -> "10". */
export function stepOf(decimals: number): string {
  return decimals <= 0 ? `1${"0".repeat(-decimals)}` : `0.${"0".repeat(decimals - 1)}1`;
}

/** Removes trailing fractional zeros ("0.1000" -> "0.1"); keeps integers as they are. */
export function trim(s: string): string {
  const plain = expandExponent(s);
  return plain.includes(".") ? plain.replace(/0+$/, "").replace(/\.$/, "") : plain;
}

/**
 * Exact decimal arithmetic on strings for the simulator's exchange. Every price, quantity and balance
 * stays a decimal string; arithmetic goes through BigInt scaled integers so nothing is ever rounded by
 * a float. Results are plain strings with trailing zeros trimmed (format with {@link fixed}).
 */

const PLAIN = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

interface Scaled {
  readonly n: bigint;
  readonly scale: number;
}

/** Whether `s` is a decimal literal this module accepts ("1", "0.5", "-2.25", "1e-8"). */
export function isDecimal(s: unknown): s is string {
  return typeof s === "string" && PLAIN.test(s);
}

function parse(s: string): Scaled {
  if (!PLAIN.test(s)) throw new RangeError(`not a decimal: ${JSON.stringify(s)}`);
  let text = s;
  let exp = 0;
  const e = text.search(/[eE]/);
  if (e >= 0) {
    exp = Number.parseInt(text.slice(e + 1), 10);
    text = text.slice(0, e);
  }
  const negative = text.startsWith("-");
  if (text.startsWith("-") || text.startsWith("+")) text = text.slice(1);
  const dot = text.indexOf(".");
  const digits = dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1);
  let scale = dot < 0 ? 0 : text.length - dot - 1;
  let n = BigInt(digits === "" ? "0" : digits);
  scale -= exp;
  if (scale < 0) {
    n *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { n: negative ? -n : n, scale };
}

function align(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.n * 10n ** BigInt(scale - a.scale), b.n * 10n ** BigInt(scale - b.scale), scale];
}

function format(n: bigint, scale: number): string {
  const negative = n < 0n;
  let digits = (negative ? -n : n).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, "0");
    let int = digits.slice(0, digits.length - scale);
    let frac = digits.slice(digits.length - scale);
    frac = frac.replace(/0+$/, "");
    int = int === "" ? "0" : int;
    digits = frac === "" ? int : `${int}.${frac}`;
  }
  if (digits === "0") return "0";
  return negative ? `-${digits}` : digits;
}

/** a + b, exact. */
export function add(a: string, b: string): string {
  const [x, y, s] = align(parse(a), parse(b));
  return format(x + y, s);
}

/** a - b, exact. */
export function sub(a: string, b: string): string {
  const [x, y, s] = align(parse(a), parse(b));
  return format(x - y, s);
}

/** a × b, exact. */
export function mul(a: string, b: string): string {
  const x = parse(a);
  const y = parse(b);
  return format(x.n * y.n, x.scale + y.scale);
}

/** a ÷ b truncated toward zero to `decimals` fractional digits (b must not be zero). */
export function div(a: string, b: string, decimals: number): string {
  const x = parse(a);
  const y = parse(b);
  if (y.n === 0n) throw new RangeError("division by zero");
  // a/b = (x.n / 10^xs) / (y.n / 10^ys); scale the numerator so the quotient has `decimals` digits.
  const shift = decimals + y.scale - x.scale;
  const num = shift >= 0 ? x.n * 10n ** BigInt(shift) : x.n / 10n ** BigInt(-shift);
  return format(num / y.n, decimals);
}

/** Compares a and b: -1, 0 or 1. */
export function cmp(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = align(parse(a), parse(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Smaller of a and b. */
export function min(a: string, b: string): string {
  return cmp(a, b) <= 0 ? a : b;
}

/** Larger of a and b. */
export function max(a: string, b: string): string {
  return cmp(a, b) >= 0 ? a : b;
}

/** Whether the value is exactly zero. */
export function isZeroValue(a: string): boolean {
  return parse(a).n === 0n;
}

/** Whether the value is strictly positive. */
export function isPositive(a: string): boolean {
  return parse(a).n > 0n;
}

/** Normalises a literal: exponents expanded, trailing zeros trimmed ("1.500" -> "1.5", "1e-8" -> "0.00000001"). */
export function normalize(a: string): string {
  const x = parse(a);
  return format(x.n, x.scale);
}

/** Number of significant fractional digits of a ("1.50" -> 1). */
export function decimalsOf(a: string): number {
  const t = normalize(a);
  const dot = t.indexOf(".");
  return dot < 0 ? 0 : t.length - dot - 1;
}

/** Formats with exactly `decimals` fractional digits, truncating toward zero ("1.5", 3 -> "1.500"). */
export function fixed(a: string, decimals: number): string {
  const x = parse(a);
  const n =
    decimals >= x.scale ? x.n * 10n ** BigInt(decimals - x.scale) : x.n / 10n ** BigInt(x.scale - decimals);
  const negative = n < 0n;
  let digits = (negative ? -n : n).toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, "0");
    digits = `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
  }
  return negative && n !== 0n ? `-${digits}` : digits;
}

/** Truncates toward zero to `decimals` fractional digits and trims trailing zeros. */
export function truncate(a: string, decimals: number): string {
  return normalize(fixed(a, decimals));
}

/** Whether a is an exact multiple of step (step > 0). */
export function isMultipleOf(a: string, step: string): boolean {
  const [x, y] = align(parse(a), parse(step));
  return y !== 0n && x % y === 0n;
}

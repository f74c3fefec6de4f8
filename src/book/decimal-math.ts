/**
 * Exact arithmetic on plain non-negative decimal strings through BigInt scaling: used for spread, mid
 * and level totals, where a float would print "0.30000000000000004".
 */

function fracLen(s: string): number {
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

function toScaled(s: string, scale: number): bigint {
  const dot = s.indexOf(".");
  const neg = s.charCodeAt(0) === 45;
  const body = neg ? s.slice(1) : s;
  const d = neg ? dot - 1 : dot;
  const digits =
    d < 0
      ? body + "0".repeat(scale)
      : body.slice(0, d) + body.slice(d + 1) + "0".repeat(scale - (body.length - d - 1));
  const v = BigInt(digits);
  return neg ? -v : v;
}

function fromScaled(v: bigint, scale: number): string {
  const neg = v < 0n;
  let digits = (neg ? -v : v).toString();
  if (scale > 0) {
    if (digits.length <= scale) digits = "0".repeat(scale - digits.length + 1) + digits;
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return neg ? `-${digits}` : digits;
}

/** `a + b` exactly; the result keeps the larger number of fractional digits of the two. */
export function addDecimal(a: string, b: string): string {
  const scale = Math.max(fracLen(a), fracLen(b));
  return fromScaled(toScaled(a, scale) + toScaled(b, scale), scale);
}

/** `a - b` exactly (may be negative, e.g. the spread of a crossed book). */
export function subDecimal(a: string, b: string): string {
  const scale = Math.max(fracLen(a), fracLen(b));
  return fromScaled(toScaled(a, scale) - toScaled(b, scale), scale);
}

/** `(a + b) / 2` exactly: one more fractional digit when the sum is odd ("1.1" and "1.2" -> "1.15"). */
export function midDecimal(a: string, b: string): string {
  let scale = Math.max(fracLen(a), fracLen(b));
  let sum = toScaled(a, scale) + toScaled(b, scale);
  if (sum % 2n !== 0n) {
    sum *= 10n;
    scale++;
  }
  return fromScaled(sum / 2n, scale);
}

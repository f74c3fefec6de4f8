/**
 * Exact decimal-string helpers. Money values from Kraken stay strings end to end; these helpers
 * compare and normalise them without ever passing through a float.
 */

const DECIMAL = /^-?(?:\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/** Whether `s` is a plain or exponent decimal literal such as "0.1", "-3", "1e-8". */
export function isDecimalString(s: string): boolean {
  return DECIMAL.test(s);
}

/**
 * Expands an exponent literal ("1e-8", "1.5E+3") to plain digits ("0.00000001", "1500") exactly.
 * Plain literals are returned unchanged.
 */
export function expandExponent(s: string): string {
  const e = s.search(/[eE]/);
  if (e < 0) return s;
  const negative = s[0] === "-";
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exp = Number.parseInt(s.slice(e + 1), 10);
  const dot = mantissa.indexOf(".");
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exp;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = stripLeadingZeros(out);
  return negative && !isZero(out) ? `-${out}` : out;
}

function stripLeadingZeros(s: string): string {
  let i = 0;
  while (i < s.length - 1 && s[i] === "0" && s[i + 1] !== ".") i++;
  return s.slice(i);
}

/** Removes trailing fractional zeros: "1.2300" -> "1.23", "5.000" -> "5". */
export function trimTrailingZeros(s: string): string {
  if (s.indexOf(".") < 0) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}

/** Whether a decimal string is numerically zero ("0", "0.000", "-0", "0e5"). */
export function isZero(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 101 || c === 69) break; // exponent: mantissa decides
    if (c >= 49 && c <= 57) return false;
  }
  return true;
}

/**
 * Compares two non-negative plain decimal strings exactly: -1, 0 or 1.
 * Callers expand exponents first (see {@link expandExponent}).
 */
export function compareDecimal(a: string, b: string): number {
  const ad = a.indexOf(".");
  const bd = b.indexOf(".");
  const aInt = ad < 0 ? a : a.slice(0, ad);
  const bInt = bd < 0 ? b : b.slice(0, bd);
  const ai = stripLeadingZeros(aInt);
  const bi = stripLeadingZeros(bInt);
  if (ai.length !== bi.length) return ai.length < bi.length ? -1 : 1;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const af = ad < 0 ? "" : a.slice(ad + 1);
  const bf = bd < 0 ? "" : b.slice(bd + 1);
  const n = Math.max(af.length, bf.length);
  for (let i = 0; i < n; i++) {
    const x = af.charCodeAt(i) || 48;
    const y = bf.charCodeAt(i) || 48;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Formats a non-negative plain decimal string with exactly `decimals` fractional digits, padding with
 * zeros. Extra digits are truncated (Kraken never sends more digits than the pair's precision).
 */
export function toFixedDecimal(s: string, decimals: number): string {
  const dot = s.indexOf(".");
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? "" : s.slice(dot + 1);
  if (decimals === 0) return int;
  return `${int}.${(frac + "0".repeat(decimals)).slice(0, decimals)}`;
}

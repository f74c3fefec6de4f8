/**
 * Lossless parsing of client requests: number literals with a fraction or exponent become
 * {@link DecimalLiteral}s holding the exact text (a price such as 0.0000098765 or a quantity with
 * 18 significant digits must not pass through a double); plain integers stay numbers.
 */

/** A non-integer JSON number kept as its source text. */
export class DecimalLiteral {
  constructor(readonly text: string) {}
}

const MARK = "\u0001";

/** Parses JSON text; throws SyntaxError like JSON.parse. */
export function parseLossless(text: string): unknown {
  let out = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      let j = i + 1;
      while (j < n && /[0-9eE.+-]/.test(text[j]!)) j++;
      const lit = text.slice(i, j);
      // Integers beyond 15 digits are kept exact too (a huge req_id or quantity).
      out += /[.eE]/.test(lit) || lit.replace("-", "").length > 15 ? `"\\u0001${lit}"` : lit;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out, (_key, value: unknown) => {
    if (typeof value === "string" && value.startsWith(MARK)) {
      const lit = value.slice(1);
      if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(lit))
        throw new SyntaxError(`bad number ${lit}`);
      return new DecimalLiteral(lit);
    }
    return value;
  });
}

/** A decimal field as an exact string: accepts a JSON number (exact text) or a decimal string. */
export function decimalField(v: unknown): string | undefined {
  if (v instanceof DecimalLiteral) return v.text;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v === "string" && /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(v)) return v;
  return undefined;
}

import { KrakenValidationError } from "../errors/base.js";
import { expandExponent, isDecimalString } from "../util/decimal.js";

// Kraken wants prices and quantities as JSON numbers. Going through a JS double would print float
// artefacts or exponents ("1e-7"), so a decimal is wrapped in a marker that JSON.stringify writes as
// a string, and one replace turns the marked strings back into bare number literals, digit for digit.
const MARK = "\u0001";
const MARKED = /"\\u0001(-?[0-9]+(?:\.[0-9]+)?)"/g;

class RawNumber {
  constructor(readonly digits: string) {}
  toJSON(): string {
    return MARK + this.digits;
  }
}

/** Wraps a decimal (string or number) so {@link encodeRequest} writes it as an exact JSON number. */
export function decimal(value: string | number, field: string): RawNumber {
  const text = typeof value === "number" ? String(value) : value.trim();
  if ((typeof value === "number" && !Number.isFinite(value)) || !isDecimalString(text)) {
    throw new KrakenValidationError(`${field} must be a decimal number, got ${JSON.stringify(value)}`, field);
  }
  return new RawNumber(expandExponent(text));
}

/** Serialises a request frame, writing {@link decimal} values as bare number literals. */
export function encodeRequest(frame: unknown): string {
  return JSON.stringify(frame).replace(MARKED, "$1");
}

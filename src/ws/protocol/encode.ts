import { KrakenValidationError } from "../../errors/base.js";
import { expandExponent, isDecimalString } from "../../util/decimal.js";

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

/**
 * Wraps a decimal (string or number) so {@link encodeRequest} writes it as an exact JSON number;
 * `positive` also refuses zero and negative values (quantities, absolute prices).
 */
export function decimal(value: string | number, field: string, positive = false): RawNumber {
  const text = typeof value === "number" ? String(value) : String(value).trim();
  const digits = isDecimalString(text) ? expandExponent(text) : "";
  if (!digits || (positive && (digits[0] === "-" || !/[1-9]/.test(digits)))) {
    throw new KrakenValidationError(
      `${field} must be a ${positive ? "positive " : ""}decimal number, got ${JSON.stringify(value)}`,
      field,
    );
  }
  return new RawNumber(digits);
}

/** Serialises a request frame, writing {@link decimal} values as bare number literals. */
export function encodeRequest(frame: unknown): string {
  return JSON.stringify(frame).replace(MARKED, "$1");
}

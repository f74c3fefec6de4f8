import { KrakenConfigError } from "../errors/index.js";

/**
 * Unit of the default clock-based nonce. Once a key has used a scale, never switch to a smaller one.
 * @example
 * const scale: NonceScale = "ns"; // a key that used "us" may move up to "ns", never down to "ms"
 * const rest = new KrakenRest({ apiKey, apiSecret, nonce: { scale } });
 */
export type NonceScale = "ms" | "us" | "ns";

/**
 * A candidate nonce: any integer (as bigint, safe-integer number or digit string), possibly async, for
 * example from a counter shared with other processes. The SDK still enforces strictly increasing values
 * per API key within the process. Anything else (a fraction, a negative value, an unsafe number, a
 * non-digit string) fails the call with a {@link KrakenConfigError} before anything is sent.
 * @example
 * // one counter for every process that uses the key, seeded above the key's last nonce
 * const source: NonceSource = () => redis.incr("kraken:nonce:main");
 * const rest = new KrakenRest({ apiKey, apiSecret, nonce: source });
 */
export type NonceSource = () => bigint | number | string | Promise<bigint | number | string>;

/**
 * Nonce options of `KrakenRest`.
 * @example
 * const nonce: NonceOptions = { scale: "ms" }; // or { source: () => counter.next() }
 * const rest = new KrakenRest({ apiKey, apiSecret, nonce });
 */
export interface NonceOptions {
  /** Scale of the default clock source. Default `"us"` (microseconds since the epoch). */
  scale?: NonceScale;
  /** Custom candidate source; replaces the clock. */
  source?: NonceSource;
}

const MULTIPLIER: Record<NonceScale, bigint> = { ms: 1n, us: 1000n, ns: 1_000_000n };

// Last nonce handed out per API key, shared by every client instance in this realm. Keyed by the public
// key (not a secret) and never logged.
const lastByKey = new Map<string, bigint>();

function invalidNonce(got: string): KrakenConfigError {
  // The value itself is never put in the message: nonces count as secrets in errors and logs.
  return new KrakenConfigError(
    `nonce option: the nonce source returned ${got}; expected a non-negative integer ` +
      "(bigint, safe-integer number or string of digits)",
  );
}

function toBigInt(value: unknown): bigint {
  if (typeof value === "bigint") {
    if (value < 0n) throw invalidNonce("a negative bigint");
    return value;
  }
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || value < 0)
      throw invalidNonce("a number that is not a non-negative safe integer");
    return BigInt(value);
  }
  if (typeof value === "string") {
    if (!/^\d+$/.test(value)) throw invalidNonce("a string that is not all digits");
    return BigInt(value);
  }
  throw invalidNonce(value === null ? "null" : `a value of type ${typeof value}`);
}

/** Returns a clock-based candidate source for a scale (wall-clock milliseconds times the multiplier). */
export function clockNonceSource(scale: NonceScale = "us", now: () => number = Date.now): NonceSource {
  const m = MULTIPLIER[scale];
  return () => BigInt(Math.floor(now())) * m;
}

/** Hands out nonces for one API key: `max(candidate, last + 1)`, shared across instances. */
export class NonceGenerator {
  readonly #registryKey: string;
  readonly #source: NonceSource;

  constructor(apiKey: string, options: NonceOptions = {}) {
    this.#registryKey = apiKey;
    this.#source = options.source ?? clockNonceSource(options.scale ?? "us");
  }

  /** The next nonce for this key as a decimal string (may exceed 2^53, so never a number). */
  async next(): Promise<string> {
    const candidate = toBigInt(await this.#source());
    // Read the shared last value only after the await, so concurrent callers cannot both take it.
    const last = lastByKey.get(this.#registryKey) ?? 0n;
    const nonce = candidate > last ? candidate : last + 1n;
    lastByKey.set(this.#registryKey, nonce);
    return nonce.toString();
  }
}

import { KrakenValidationError } from "../errors/base.js";
/**
 * How often a book verifies Kraken's CRC32: `"every"` update (default), every n-th update
 * (`{ every: 5 }`), or `"off"`. Snapshots are always verified unless it is `"off"`.
 * @example
 * const book = await ws.book({ symbol: "BTC/USD", depth: 1000, checksum: { every: 10 } });
 * const replay = new OrderBook({ symbol: "BTC/USD", depth: 25, checksum: "off" }); // no precisions needed
 */
export type ChecksumMode = "every" | "off" | { readonly every: number };

/** Counts updates and says which ones to verify. */
export class ChecksumGate {
  readonly #period: number;
  #count = 0;

  constructor(mode: ChecksumMode = "every") {
    if (mode === "off") this.#period = 0;
    else if (mode === "every") this.#period = 1;
    else {
      if (!Number.isInteger(mode.every) || mode.every < 1)
        throw new KrakenValidationError("checksum.every must be an integer >= 1", "checksum");
      this.#period = mode.every;
    }
  }

  /** Whether verification is enabled at all. */
  get enabled(): boolean {
    return this.#period > 0;
  }

  /** Whether to verify the next message (snapshots always, updates every n-th). */
  next(isSnapshot: boolean): boolean {
    if (this.#period === 0) return false;
    if (!isSnapshot && ++this.#count < this.#period) return false;
    this.#count = 0;
    return true;
  }
}

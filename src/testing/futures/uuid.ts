/** Seeded RFC 4122 version-4 style UUIDs, so Derivatives order and fill ids repeat for a seed. */
import { seededRandom } from "../exchange/ids.js";

/** Generates distinct UUIDs from a seeded PRNG. */
export class UuidGenerator {
  readonly #random: () => number;

  constructor(seed: number) {
    this.#random = seededRandom(seed ^ 0xf07e5);
  }

  /** A new UUID such as `2ce038ae-c144-4de7-a0f1-82f7f4fca864`. */
  next(): string {
    let hex = "";
    for (let i = 0; i < 32; i++) hex += Math.floor(this.#random() * 16).toString(16);
    const variant = "89ab"[Math.floor(this.#random() * 4)]!;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
  }
}

/**
 * Kraken-style identifiers (`OQCLML-BW3P3-BUCMWZ`: a letter, then 6-5-6 characters), deterministic
 * for a seed so test snapshots and recorded sessions are reproducible.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** A small seeded PRNG (mulberry32) returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates unique Kraken-style ids with a leading type letter (O order, T trade, L ledger). */
export class IdGenerator {
  readonly #random: () => number;
  readonly #seen = new Set<string>();

  constructor(seed = 1) {
    this.#random = seededRandom(seed ^ 0x5eed);
  }

  /** A new id such as `OQCLML-BW3P3-BUCMWZ` for prefix "O". */
  next(prefix: string): string {
    for (;;) {
      let s = prefix;
      for (let i = 0; i < 16; i++) {
        if (i === 5 || i === 10) s += "-";
        s += ALPHABET[Math.floor(this.#random() * 32)];
      }
      if (!this.#seen.has(s)) {
        this.#seen.add(s);
        return s;
      }
    }
  }
}

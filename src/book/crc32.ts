// Kraken's book checksums are CRC-32 (IEEE, the zlib/PNG polynomial) over short ASCII digit strings.
// A one-table, byte-at-a-time implementation for hashing text, plus a way to chain cached per-level
// parts: a book recomputes its checksum on every update over 20 levels whose tokens rarely change,
// so each level keeps its token's own contribution and the chain costs a few lookups per level
// instead of a table step per character.

/** The 256-entry lookup table for the reflected polynomial 0xEDB88320. */
export const TABLE = /* @__PURE__ */ makeTable();

function makeTable(): Int32Array {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? -306674912 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

/**
 * CRC-32 of a string of single-byte characters (each char code's low 8 bits), continuing from `seed`
 * (a previous result), so hashing token by token equals hashing the concatenation. Returns a signed
 * 32-bit value; use `>>> 0` for the unsigned checksum Kraken sends.
 */
export function crc32(text: string, seed = 0): number {
  return ~crcFeed(~seed, text);
}

/** The CRC register after feeding `text` into register `reg` (no pre- or post-inversion). */
export function crcFeed(reg: number, text: string): number {
  let c = reg;
  for (let i = 0; i < text.length; i++) c = (c >>> 8) ^ TABLE[(c ^ text.charCodeAt(i)) & 0xff]!;
  return c;
}

/**
 * A token's own contribution to a CRC chain: the register after feeding it into a zero register.
 * Feeding is linear, so feeding the token into any register `r` gives `advance(r, len) ^ part`.
 */
export function crcPart(token: string): number {
  return crcFeed(0, token);
}

/** Start of a chain built with {@link crcChain}. */
export const CRC_CHAIN_START = -1;

/** Appends a token, given as its {@link crcPart} and length, to a chain register. */
export function crcChain(reg: number, part: number, length: number): number {
  if (length > MAX_TABLED) return feedZeros(reg, length) ^ part;
  const t = ADVANCE[length] ?? advanceTable(length);
  return (
    t[reg & 0xff]! ^
    t[256 | ((reg >>> 8) & 0xff)]! ^
    t[512 | ((reg >>> 16) & 0xff)]! ^
    t[768 | (reg >>> 24)]! ^
    part
  );
}

/** The checksum a chain register stands for (unsigned, as Kraken sends it). */
export function crcChainEnd(reg: number): number {
  return ~reg >>> 0;
}

// ADVANCE[n]: the register after n zero bytes, as four 256-entry tables (one per register byte; the
// map is linear, so the four looked-up parts XOR together). Built the first time a length is seen.
const ADVANCE: Int32Array[] = [];
// Real tokens are a few dozen characters; longer ones (absurd prices) are advanced byte by byte, so a
// feed cannot make the tables grow without bound.
const MAX_TABLED = 96;

function feedZeros(reg: number, n: number): number {
  let c = reg;
  for (let k = 0; k < n; k++) c = (c >>> 8) ^ TABLE[c & 0xff]!;
  return c;
}

function advanceTable(n: number): Int32Array {
  const t = new Int32Array(1024);
  for (let b = 0; b < 4; b++) {
    for (let v = 0; v < 256; v++) {
      t[(b << 8) | v] = feedZeros(v << (8 * b), n);
    }
  }
  ADVANCE[n] = t;
  return t;
}

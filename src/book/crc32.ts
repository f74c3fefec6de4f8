// Kraken's book checksums are CRC-32 (IEEE, the zlib/PNG polynomial) over short ASCII digit strings.
// A one-table, byte-at-a-time implementation: tokens are a few bytes long, so wider slicing tables
// would only add bundle weight without speeding up the books.

/** The 256-entry lookup table for the reflected polynomial 0xEDB88320. */
const TABLE = /* @__PURE__ */ makeTable();

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
  let c = ~seed;
  for (let i = 0; i < text.length; i++) c = (c >>> 8) ^ TABLE[(c ^ text.charCodeAt(i)) & 0xff]!;
  return ~c;
}

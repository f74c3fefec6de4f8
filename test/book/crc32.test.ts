// The in-house CRC-32 (replacing the crc-32 package) against node:zlib's reference implementation.
import { crc32 as zlibCrc32 } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CRC_CHAIN_START, crc32, crcChain, crcChainEnd, crcPart } from "../../src/book/crc32.js";

const reference = (s: string): number => zlibCrc32(Buffer.from(s, "latin1")) >>> 0;

describe("crc32", () => {
  it("matches the standard check value and the empty string", () => {
    expect(crc32("123456789") >>> 0).toBe(0xcbf43926);
    expect(crc32("") >>> 0).toBe(0);
  });

  it("matches zlib on arbitrary byte strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 200 }), (s) => {
        expect(crc32(s) >>> 0).toBe(reference(s));
      }),
    );
  });

  it("chains: hashing token by token with the running seed equals hashing the concatenation", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9]{0,12}$/), { maxLength: 20 }), (tokens) => {
        let c = 0;
        for (const t of tokens) c = crc32(t, c);
        expect(c >>> 0).toBe(reference(tokens.join("")));
      }),
    );
  });

  it("chains cached parts: crcChain over each token's crcPart equals hashing the concatenation", () => {
    // lengths up to 130 cross the 96-byte limit of the advance tables (the byte-by-byte path)
    const token = fc.oneof(fc.stringMatching(/^[0-9]{0,24}$/), fc.stringMatching(/^[0-9]{90,130}$/));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 24 }), (tokens) => {
        let reg = CRC_CHAIN_START;
        for (const t of tokens) reg = crcChain(reg, crcPart(t), t.length);
        expect(crcChainEnd(reg)).toBe(reference(tokens.join("")));
      }),
      { numRuns: 500 },
    );
  });
});

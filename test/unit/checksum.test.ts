import { describe, expect, it } from "vitest";
import { bookChecksum, checksumToken } from "../../src/book/checksum.js";
import { BTC_ASKS, BTC_BIDS, MATIC_ASKS, MATIC_BIDS, trimmed } from "../book/vectors.js";

// The raw checksum function on Kraken's published vectors, fed the trimmed literals Kraken's reference
// examples print (test/book runs the same vectors through the decoder and the books).
const lv = (rows: Array<[string, string]>) => rows.map(([p, q]) => ({ price: trimmed(p), qty: trimmed(q) }));

describe("book checksum (Kraken's published vectors)", () => {
  it("tokenises with pair precision", () => {
    expect(checksumToken("45285.2", 1)).toBe("452852");
    expect(checksumToken("0.00100000", 8)).toBe("100000");
    expect(checksumToken("0.001", 8)).toBe("100000");
    expect(checksumToken("45281", 1)).toBe("452810");
    expect(checksumToken("1e-8", 8)).toBe("1");
  });

  it("BTC/USD snapshot gives 3310070434", () => {
    expect(bookChecksum(lv(BTC_ASKS), lv(BTC_BIDS), 1, 8)).toBe(3310070434);
  });

  it("MATIC/USD gives 2439117997, then 2114181697 after the update", () => {
    const bids = lv(MATIC_BIDS);
    expect(bookChecksum(lv(MATIC_ASKS), bids, 4, 8)).toBe(2439117997);
    bids[9] = { price: "0.5657", qty: "1098.3947558" };
    expect(bookChecksum(lv(MATIC_ASKS), bids, 4, 8)).toBe(2114181697);
  });
});

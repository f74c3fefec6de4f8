import { describe, expect, it } from "vitest";
import { Level3Book } from "../../src/book/level3-book.js";
import { OrderBook } from "../../src/book/order-book.js";
import { KrakenValidationError } from "../../src/errors/base.js";

// Bad options are caught at construction with the SDK's typed validation error, naming the field.
describe("book options", () => {
  it.each([0, -1, 2.5])("rejects depth %s", (depth) => {
    for (const make of [
      () => new OrderBook({ symbol: "BTC/USD", depth }),
      () => new Level3Book({ symbol: "BTC/USD", depth }),
    ]) {
      const error = (() => {
        try {
          make();
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(KrakenValidationError);
      expect((error as KrakenValidationError).field).toBe("depth");
    }
  });

  it("rejects a checksum cadence below 1", () => {
    expect(() => new OrderBook({ symbol: "BTC/USD", checksum: { every: 0 } })).toThrow(KrakenValidationError);
  });
});

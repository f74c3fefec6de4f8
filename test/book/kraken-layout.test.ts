// The fast path for Kraken-laid-out book frames must produce exactly what the generic scanner produces,
// and hand every frame it is not sure about to the generic path (which accepts all of JSON).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBookMessage } from "../../src/book/decode.js";
import { decodeKrakenBookLayout } from "../../src/book/kraken-layout.js";
import type { BookFrame, Level3Frame } from "../../src/book/types.js";
import { BTC_ASKS, BTC_BIDS, bookFrame } from "./vectors.js";

/** The same frame with a space after every comma: valid JSON the fast path refuses, so decoded generically. */
const generic = (text: string) => decodeBookMessage(text.replaceAll(",", ", "));

const plain = fc.stringMatching(/^(0|[1-9][0-9]{0,15})(\.[0-9]{1,18})?$/);
const level = fc.tuple(plain, plain).map(([p, q]) => `{"price":${p},"qty":${q}}`);
const side = fc.array(level, { maxLength: 30 }).map((l) => `[${l.join(",")}]`);

describe("decodeKrakenBookLayout (book fast path)", () => {
  it("decodes Kraken's vector frames exactly like the generic scanner", () => {
    for (const text of [
      bookFrame("snapshot", "BTC/USD", BTC_BIDS, BTC_ASKS, 3310070434),
      bookFrame("update", "BTC/USD", BTC_BIDS.slice(0, 2), [], 1),
      bookFrame("update", "BTC/USD", [], [], undefined),
    ]) {
      const fast = decodeKrakenBookLayout(text);
      expect(fast).toBeDefined();
      expect(fast).toEqual(generic(text));
    }
  });

  it("any key order, optional checksum and timestamp: same result as the generic scanner", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("snapshot", "update"),
        side,
        side,
        fc.option(fc.integer({ min: 0, max: 4294967295 }), { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
        (type, bids, asks, checksum, withTimestamp, asksFirst) => {
          const keys = asksFirst
            ? [`"asks":${asks}`, `"bids":${bids}`]
            : [`"bids":${bids}`, `"asks":${asks}`];
          if (checksum !== undefined) keys.push(`"checksum":${checksum}`);
          if (withTimestamp) keys.unshift('"timestamp":"2023-10-06T17:35:55.440295Z"');
          const frame = `{"channel":"book","type":"${type}","data":[{"symbol":"BTC/USD",${keys.join(",")}}]}`;
          const fast = decodeKrakenBookLayout(frame);
          expect(fast).toBeDefined();
          expect(fast).toEqual(generic(frame));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("hands anything unusual to the generic path, which still decodes what is valid", () => {
    const frame = (entry: string) =>
      `{"channel":"book","type":"update","data":[{"symbol":"BTC/USD",${entry}}]}`;
    const cases: Array<[string, string, unknown]> = [
      // [why, frame, what decodeBookMessage gives for the first bid (or "error")]
      ["exponent", frame('"bids":[{"price":1e-8,"qty":1}],"asks":[]'), { price: "0.00000001", qty: "1" }],
      ["qty before price", frame('"bids":[{"qty":2,"price":1.5}],"asks":[]'), { qty: "2", price: "1.5" }],
      ["whitespace", frame('"bids":[ {"price":1.5,"qty":2}],"asks":[]'), { price: "1.5", qty: "2" }],
      [
        "unknown key",
        frame('"bids":[{"price":1.5,"qty":2}],"asks":[],"extra":true'),
        { price: "1.5", qty: "2" },
      ],
      ["negative", frame('"bids":[{"price":-1.5,"qty":2}],"asks":[]'), "error"],
      ["leading zero", frame('"bids":[{"price":01.5,"qty":2}],"asks":[]'), "error"],
      ["no fraction digits", frame('"bids":[{"price":1.,"qty":2}],"asks":[]'), "error"],
      [
        "duplicate key",
        frame('"bids":[],"bids":[{"price":1.5,"qty":2}],"asks":[]'),
        { price: "1.5", qty: "2" },
      ],
      ["checksum too large", frame('"bids":[],"asks":[],"checksum":4294967296'), "error"],
      ["checksum with a fraction", frame('"bids":[],"asks":[],"checksum":1.5'), "error"],
      [
        "escaped symbol",
        frame('"bids":[{"price":1.5,"qty":2}],"asks":[]').replace("BTC/USD", "BTC\\/USD"),
        {
          price: "1.5",
          qty: "2",
        },
      ],
      ["trailing garbage", `${frame('"bids":[],"asks":[]')}x`, "error"],
      ["level without qty", frame('"bids":[{"price":1.5}],"asks":[]'), "error"],
    ];
    for (const [why, text, first] of cases) {
      expect(decodeKrakenBookLayout(text), why).toBeUndefined();
      const decoded = decodeBookMessage(text);
      if (first === "error") expect(decoded, why).toBeInstanceOf(Error);
      else {
        expect(decoded, why).not.toBeInstanceOf(Error);
        expect((decoded as BookFrame).data[0]?.bids.at(-1), why).toEqual(first);
      }
    }
  });

  it("two data entries go to the generic path (Kraken sends one)", () => {
    const entry = '{"symbol":"BTC/USD","bids":[],"asks":[],"checksum":0}';
    const text = `{"channel":"book","type":"update","data":[${entry},${entry}]}`;
    expect(decodeKrakenBookLayout(text)).toBeUndefined();
    const decoded = decodeBookMessage(text);
    expect(decoded).not.toBeInstanceOf(Error);
    expect((decoded as BookFrame).data).toHaveLength(2);
  });

  it("level3 frames are left to the general path, which decodes Kraken's example exactly", () => {
    const update =
      '{"channel":"level3","type":"update","data":[{"checksum":2841398499,"symbol":"MATIC/USD","bids":[],' +
      '"asks":[{"event":"delete","order_id":"OOIATY-6EIWY-ACVIUN","limit_price":0.5636,' +
      '"order_qty":302.89736033,"timestamp":"2023-10-06T18:21:00.097010033Z"},' +
      '{"event":"add","order_id":"O2BN53-5RSB2-V3J57T","limit_price":0.564,"order_qty":3500.77668626,' +
      '"timestamp":"2023-10-06T18:20:27.383408052Z"}]}]}';
    expect(decodeKrakenBookLayout(update)).toBeUndefined();
    const decoded = decodeBookMessage(update) as Level3Frame;
    expect(decoded).toEqual(generic(update));
    expect(decoded.data[0]?.asks[1]).toEqual({
      event: "add",
      order_id: "O2BN53-5RSB2-V3J57T",
      limit_price: "0.564",
      order_qty: "3500.77668626",
      timestamp: "2023-10-06T18:20:27.383408052Z",
    });
  });

  it("level3: an update order without a known event is rejected", () => {
    const frame = (order: string) =>
      `{"channel":"level3","type":"update","data":[{"symbol":"X/Y","bids":[${order}],"asks":[],"checksum":0}]}`;
    for (const order of [
      '{"order_id":"A","limit_price":1,"order_qty":2,"timestamp":"t"}',
      '{"event":"replace","order_id":"A","limit_price":1,"order_qty":2,"timestamp":"t"}',
    ]) {
      expect(decodeBookMessage(frame(order))).toBeInstanceOf(Error);
    }
  });
});

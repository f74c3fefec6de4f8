import { describe, expect, it } from "vitest";
import { decodeBookMessage } from "../../src/book/decode.js";
import type { BookFrame, BookMessage, Level3Frame } from "../../src/book/types.js";
import { KrakenBookDecodeError, KrakenBookError } from "../../src/errors/book.js";

function ok(text: string): BookMessage {
  const r = decodeBookMessage(text);
  if (r instanceof KrakenBookDecodeError) throw new Error(`unexpected decode error: ${r.message}`);
  return r;
}

const book = (bids: string, asks = "[]", extra = ',"checksum":1,"timestamp":"2023-10-06T17:35:55.440295Z"') =>
  `{"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":${bids},"asks":${asks}${extra}}]}`;

describe("decodeBookMessage: amounts are exact decimal strings from the frame text", () => {
  it.each([
    ["45283.5", "45283.5"],
    ["0.10000000", "0.10000000"],
    ["45281.0", "45281.0"],
    ["45281", "45281"],
    ["0", "0"],
    ["1e-8", "0.00000001"],
    ["1E-8", "0.00000001"],
    ["1.5e-3", "0.0015"],
    ["2.5E+3", "2500"],
    ["1e2", "100"],
    ["123456789.123456789012", "123456789.123456789012"],
    ["98765432109876543210.00000001", "98765432109876543210.00000001"],
    ["0.000000000000000001", "0.000000000000000001"],
  ])("qty literal %s -> %s", (literal, expected) => {
    const m = ok(book(`[{"price":1,"qty":${literal}}]`)) as BookFrame;
    expect(m.data[0]!.bids[0]!.qty).toBe(expected);
  });

  it("keeps 15+ significant digits that a double would round", () => {
    const m = ok(book('[{"price":0.12345678901234567,"qty":1234567.890123456789}]')) as BookFrame;
    expect(m.data[0]!.bids[0]).toEqual({ price: "0.12345678901234567", qty: "1234567.890123456789" });
    expect(String(JSON.parse("0.12345678901234567"))).not.toBe("0.12345678901234567"); // a double would lose it
  });

  it("accepts odd JSON whitespace around keys and values", () => {
    const text =
      '{ "channel" : "book" ,\n "type":"snapshot", "data" : [ { "symbol":"X/Y", "bids" : [ { "price" :\t0.5660 ,\r\n "qty"  :  18097.1547 } ],' +
      ' "asks":[ ], "checksum" : 2439117997 } ] }';
    const m = ok(text) as BookFrame;
    expect(m.type).toBe("snapshot");
    expect(m.data[0]!.bids[0]).toEqual({ price: "0.5660", qty: "18097.1547" });
    expect(m.data[0]!.checksum).toBe(2439117997);
    expect(m.data[0]!.timestamp).toBeUndefined();
  });

  it("accepts amounts Kraken's guide shows as strings", () => {
    const m = ok(book('[{"price":"45283.5","qty":"0.10000000"}]')) as BookFrame;
    expect(m.data[0]!.bids[0]).toEqual({ price: "45283.5", qty: "0.10000000" });
  });

  it("does not touch look-alike text inside strings or other keys", () => {
    const m = ok(
      `{"channel":"book","type":"update","data":[{"symbol":"A\\"qty\\":1","bids":[],"asks":[{"price":2,"qty":3}],"checksum":7,"x_price":1.50}]}`,
    ) as BookFrame;
    expect(m.data[0]!.symbol).toBe('A"qty":1');
    expect(m.data[0]!.asks[0]).toEqual({ price: "2", qty: "3" });
    expect((m.data[0] as unknown as Record<string, unknown>).x_price).toBe(1.5);
  });

  it("defaults a missing side to an empty array and keeps several symbols", () => {
    const m = ok(
      '{"channel":"book","type":"update","data":[{"symbol":"A/B","bids":[{"price":1,"qty":0}],"checksum":1},{"symbol":"C/D","asks":[{"price":3,"qty":4}],"checksum":2}]}',
    ) as BookFrame;
    expect(m.data.map((d) => [d.symbol, d.bids.length, d.asks.length])).toEqual([
      ["A/B", 1, 0],
      ["C/D", 0, 1],
    ]);
  });

  it("decodes level3 snapshots and updates", () => {
    const snap = ok(
      '{"channel":"level3","type":"snapshot","data":[{"symbol":"BTC/USD","checksum":1063832831,"timestamp":"2024-01-08T12:26:45Z","bids":[{"order_id":"OTCFZG-YOE2Q-LQKNM3","limit_price":44939.4,"order_qty":0.88968699,"timestamp":"2024-01-08T12:26:39.526146327Z"}],"asks":[]}]}',
    ) as Level3Frame;
    expect(snap.data[0]!.bids[0]).toEqual({
      order_id: "OTCFZG-YOE2Q-LQKNM3",
      limit_price: "44939.4",
      order_qty: "0.88968699",
      timestamp: "2024-01-08T12:26:39.526146327Z",
    });
    const upd = ok(
      '{"channel":"level3","type":"update","data":[{"checksum":2841398499,"symbol":"MATIC/USD","bids":[],"asks":[{"event":"delete","order_id":"OOIATY-6EIWY-ACVIUN","limit_price":0.5636,"order_qty":302.89736033,"timestamp":"2023-10-06T18:21:00.097010033Z"},{"event":"add","order_id":"O2BN53","limit_price":0.564,"order_qty":3500.77668626,"timestamp":"2023-10-06T18:20:27.383408052Z"}]}]}',
    ) as Level3Frame;
    expect(upd.data[0]!.asks.map((o) => [o.event, o.limit_price, o.order_qty])).toEqual([
      ["delete", "0.5636", "302.89736033"],
      ["add", "0.564", "3500.77668626"],
    ]);
  });
});

describe("decodeBookMessage: malformed frames give typed errors, never throws", () => {
  it.each([
    ["not JSON", "garbage"],
    ["truncated", '{"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":[{"price":1'],
    ["not an object", "[1,2]"],
    ["other channel", '{"channel":"ticker","type":"update","data":[]}'],
    ["bad type", '{"channel":"book","type":"delta","data":[]}'],
    ["data not array", '{"channel":"book","type":"update","data":{}}'],
    ["entry not object", '{"channel":"book","type":"update","data":[3]}'],
    ["no symbol", '{"channel":"book","type":"update","data":[{"bids":[]}]}'],
    ["negative qty", book('[{"price":1,"qty":-0.5}]')],
    ["negative price", book('[{"price":-1,"qty":0.5}]')],
    ["double dot", book('[{"price":1.2.3,"qty":0.5}]')],
    ["null qty", book('[{"price":1,"qty":null}]')],
    ["missing qty", book('[{"price":1}]')],
    ["string garbage", book('[{"price":"abc","qty":"1"}]')],
    ["huge exponent", book('[{"price":1,"qty":1e999}]')],
    ["level not object", book("[7]")],
    ["side not array", book("{}")],
    ["checksum negative", book("[]", "[]", ',"checksum":-1')],
    ["checksum too big", book("[]", "[]", ',"checksum":4294967296')],
    ["checksum string", book("[]", "[]", ',"checksum":"12"')],
    ["timestamp number", book("[]", "[]", ',"checksum":1,"timestamp":5')],
    [
      "level3 update without event",
      '{"channel":"level3","type":"update","data":[{"symbol":"A/B","bids":[{"order_id":"O1","limit_price":1,"order_qty":2,"timestamp":"t"}],"asks":[]}]}',
    ],
    [
      "level3 order without id",
      '{"channel":"level3","type":"snapshot","data":[{"symbol":"A/B","bids":[{"limit_price":1,"order_qty":2,"timestamp":"t"}],"asks":[]}]}',
    ],
  ])("%s", (_name, text) => {
    let result: unknown;
    expect(() => {
      result = decodeBookMessage(text);
    }).not.toThrow();
    expect(result).toBeInstanceOf(KrakenBookDecodeError);
    const err = result as KrakenBookDecodeError;
    expect(err).toBeInstanceOf(KrakenBookError);
    expect(err.category).toBe("book");
    expect(err.code).toBe("book_decode");
    expect(err.excerpt.length).toBeLessThanOrEqual(201);
  });

  it("names the symbol when the bad entry has one", () => {
    const err = decodeBookMessage(book('[{"price":1,"qty":"x"}]')) as KrakenBookDecodeError;
    expect(err.symbol).toBe("BTC/USD");
    expect(err.message).toContain("qty");
  });
});

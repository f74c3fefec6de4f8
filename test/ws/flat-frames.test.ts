// The ticker/trade fast path must build exactly what the general lossless decoder builds, and hand
// every frame it is not sure about to the general path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExactJson } from "../../src/util/exact-json.js";
import { decodeWsFrame } from "../../src/ws/protocol/decode-frame.js";
import { decodeFlatFrame } from "../../src/ws/protocol/flat-frames.js";
import { WS_MONEY_KEYS } from "../../src/ws/protocol/money-keys.js";

const general = (text: string) => parseExactJson(text, WS_MONEY_KEYS);

const decimal = fc.stringMatching(/^-?(0|[1-9][0-9]{0,17})(\.[0-9]{1,18})?$/);
const text = fc.stringMatching(/^[A-Za-z0-9/:. -]{0,30}$/);

const tickerEntry = fc
  .tuple(text, fc.array(decimal, { minLength: 11, maxLength: 11 }), text)
  .map(([symbol, n, ts]) => {
    const keys = [
      "bid",
      "bid_qty",
      "ask",
      "ask_qty",
      "last",
      "volume",
      "vwap",
      "low",
      "high",
      "change",
      "change_pct",
    ];
    return `{"symbol":${JSON.stringify(symbol)},${keys.map((k, i) => `"${k}":${n[i]}`).join(",")},"timestamp":${JSON.stringify(ts)}}`;
  });
const tradeEntry = fc
  .tuple(
    text,
    fc.constantFrom("buy", "sell"),
    decimal,
    decimal,
    fc.constantFrom("limit", "market"),
    fc.nat(),
    text,
  )
  .map(
    ([symbol, side, price, qty, ordType, id, ts]) =>
      `{"symbol":${JSON.stringify(symbol)},"side":"${side}","price":${price},"qty":${qty},"ord_type":"${ordType}","trade_id":${id},"timestamp":${JSON.stringify(ts)}}`,
  );
const frame = (channel: string, type: string, entries: string[]) =>
  `{"channel":"${channel}","type":"${type}","data":[${entries.join(",")}]}`;

describe("decodeFlatFrame (ticker and trade fast path)", () => {
  it("ticker frames: same message as the general path, money values as the exact literals", () => {
    fc.assert(
      fc.property(fc.constantFrom("snapshot", "update"), tickerEntry, (type, entry) => {
        const text = frame("ticker", type, [entry]);
        const fast = decodeFlatFrame(text);
        expect(fast).toBeDefined();
        expect(fast).toEqual(general(text));
      }),
      { numRuns: 500 },
    );
  });

  it("trade frames with one or many trades: same message as the general path", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("snapshot", "update"),
        fc.array(tradeEntry, { minLength: 1, maxLength: 5 }),
        (type, entries) => {
          const text = frame("trade", type, entries);
          const fast = decodeFlatFrame(text);
          expect(fast).toBeDefined();
          expect(fast).toEqual(general(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("Kraken's documented ticker example keeps every digit", () => {
    const text =
      '{"channel":"ticker","type":"update","data":[{"symbol":"ALGO/USD","bid":0.10025,"bid_qty":740.0,' +
      '"ask":0.10035,"ask_qty":740.0,"last":0.10035,"volume":997038.98383185,"vwap":0.10148,' +
      '"low":0.09979,"high":0.10285,"change":-0.00017,"change_pct":-0.17,"timestamp":"2023-09-25T09:04:31.742648Z"}]}';
    const msg = decodeFlatFrame(text) as { data: Array<Record<string, unknown>> };
    expect(msg.data[0]).toMatchObject({ bid_qty: "740.0", change: "-0.00017", volume: "997038.98383185" });
  });

  it("hands anything unusual to the general path, which still decodes it exactly (or rejects it)", () => {
    const trade = (fields: string) => frame("trade", "update", [`{${fields}}`]);
    const ok =
      '"symbol":"BTC/USD","side":"buy","price":1.50,"qty":2,"ord_type":"limit","trade_id":7,"timestamp":"t"';
    const cases: Array<[string, string, "decodes" | "rejects"]> = [
      ["exponent", trade(ok.replace("2,", "2e-8,")), "decodes"],
      ["another field order", trade(ok.replace('"price":1.50,"qty":2', '"qty":2,"price":1.50')), "decodes"],
      ["an extra field", trade(`${ok},"extra":1`), "decodes"],
      ["a missing field", trade(ok.replace(',"ord_type":"limit"', "")), "decodes"],
      ["whitespace", trade(ok.replace(",", ", ")), "decodes"],
      ["an escaped string", trade(ok.replace("BTC/USD", "BTC\\/USD")), "decodes"],
      ["an empty data array", frame("trade", "update", []), "decodes"],
      ["a string where money goes", trade(ok.replace("1.50", '"1.50"')), "decodes"],
      ["a control character", trade(ok.replace("BTC/USD", "BTC\u0001USD")), "rejects"],
      ["a leading zero", trade(ok.replace("1.50", "01.50")), "rejects"],
      ["trailing garbage", `${trade(ok)} x`, "rejects"],
      ["an unknown type", trade(ok).replace('"update"', '"delta"'), "decodes"],
    ];
    for (const [why, text, outcome] of cases) {
      expect(decodeFlatFrame(text), why).toBeUndefined();
      if (outcome === "rejects") expect(() => decodeWsFrame(text), why).toThrow(SyntaxError);
      else expect(decodeWsFrame(text), why).toEqual(general(text));
    }
    // the exponent is expanded exactly, never through a float
    const exp = decodeWsFrame(cases[0]?.[1] as string) as { data: Array<{ qty: string }> };
    expect(exp.data[0]?.qty).toBe("0.00000002");
  });

  it("other channels are not its business", () => {
    expect(decodeFlatFrame('{"channel":"ohlc","type":"update","data":[]}')).toBeUndefined();
    expect(decodeFlatFrame('{"channel":"trades","type":"update","data":[]}')).toBeUndefined();
    expect(decodeFlatFrame('{"method":"pong","req_id":1}')).toBeUndefined();
  });
});

// Types that hold under --strict (with noUncheckedIndexedAccess): addOrder's result follows `validate`,
// fixed-length answers are tuples, and parameters Kraken requires are required. Each snippet is
// type-checked against the built package as a user's editor would.
import { describe, expect, it } from "vitest";
import { diagnostics } from "./helpers/type-check.js";

const order = '{ ordertype: "limit", type: "buy", pair: "XBTUSD", price: "37500", volume: "1.25" }';

describe("addOrder's result is typed by the validate flag", () => {
  it("without validate (the docs' own example), txid is a string[]", () => {
    expect(
      diagnostics(
        `const { txid } = await rest.addOrder(${order});\nconst ids: string[] = txid;\nvoid txid[0];`,
      ),
    ).toEqual([]);
  });

  it("with validate: false, txid is a string[] too", () => {
    const code = `const r = await rest.addOrder({ ...${order}, validate: false });\nconst ids: string[] = r.txid;`;
    expect(diagnostics(code)).toEqual([]);
  });

  it("with validate: true there is no txid to read", () => {
    const code = `const r = await rest.addOrder({ ...${order}, validate: true });\nconst none: undefined = r.txid;\nvoid r.descr;\nvoid r.txid[0];`;
    expect(diagnostics(code)).toEqual(["'r.txid' is possibly 'undefined'."]);
  });

  it("with a validate flag known only at run time, txid may be absent", () => {
    const code = `declare const dry: boolean;\nconst r = await rest.addOrder({ ...${order}, validate: dry });\nconst ids: string[] = r.txid;`;
    expect(diagnostics(code).join("\n")).toMatch(/undefined' is not assignable to type 'string\[\]'/);
  });
});

describe("fixed-length answers are tuples", () => {
  it("ticker fields destructure into exact strings: [price, wholeLotVolume, lotVolume]", () => {
    const code = [
      'const t = await rest.getTickerInformation({ pair: "XBTUSD" });',
      "const x = t.XXBTZUSD!;",
      "const [price, wholeLotVolume, lotVolume]: [string, string, string] = x.a;",
      "const [bid]: [string, string, string] = x.b;",
      "const [last, lastVolume]: [string, string] = x.c;",
      "const [tradesToday, trades24h]: [number, number] = x.t;",
      "const [low]: [string, string] = x.l;",
      "void [price, wholeLotVolume, lotVolume, bid, last, lastVolume, tradesToday, trades24h, low];",
    ].join("\n");
    expect(diagnostics(code)).toEqual([]);
  });

  it("reading past the end of a tuple is an error", () => {
    const code = "const t = await rest.getTickerInformation();\nvoid t.XXBTZUSD!.a[3];";
    expect(diagnostics(code).join("\n")).toMatch(
      /Tuple type '\[.*\]' of length '3' has no element at index '3'/,
    );
  });

  it("book levels and candles are tuples as well", () => {
    const code = [
      'const d = await rest.getOrderBook({ pair: "XBTUSD" });',
      "const [price, volume, time]: [string, string, number] = d.XXBTZUSD!.asks[0]!;",
      'const o = await rest.getOHLCData({ pair: "XBTUSD" });',
      "const candles = o.XXBTZUSD;",
      "void [price, volume, time, candles];",
    ].join("\n");
    expect(diagnostics(code)).toEqual([]);
  });
});

describe("parameters Kraken requires are required", () => {
  it("rest.cancelOrder() and rest.cancelOrder({}) do not type-check", () => {
    const errors = diagnostics("void rest.cancelOrder();\nvoid rest.cancelOrder({});");
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/Expected 1-2 arguments, but got 0/);
    expect(errors[1]).toContain("RestCancelOrderParams");
  });

  it("cancelOrder takes a txid (or userref) or a cl_ord_id, not both", () => {
    const ok =
      'void rest.cancelOrder({ txid: "OUF4EM-FRGI2-MQMWZD" });\nvoid rest.cancelOrder({ txid: 42 });\nvoid rest.cancelOrder({ cl_ord_id: "my-1" });';
    expect(diagnostics(ok)).toEqual([]);
    expect(diagnostics('void rest.cancelOrder({ txid: "O", cl_ord_id: "c" });')).toHaveLength(1);
  });

  it("amendOrder needs txid or cl_ord_id; getOrderBook needs pair; addOrder needs volume", () => {
    expect(diagnostics('void rest.amendOrder({ order_qty: "1" });')).toHaveLength(1);
    expect(diagnostics('void rest.amendOrder({ txid: "O", order_qty: "1" });')).toEqual([]);
    expect(diagnostics("void rest.getOrderBook();")).toHaveLength(1);
    expect(
      diagnostics('void rest.addOrder({ ordertype: "market", type: "buy", pair: "XBTUSD" });'),
    ).toHaveLength(1);
  });

  it("methods whose parameters are all optional take none", () => {
    expect(
      diagnostics("void rest.getServerTime();\nvoid rest.getAccountBalance();\nvoid rest.getOpenOrders();"),
    ).toEqual([]);
  });
});

// decodeWsFrame: money literals of every non-book channel and trading answer come out as the exact
// digits on the wire (values a float would corrupt), counters stay numbers, bad input throws.
import { describe, expect, expectTypeOf, it } from "vitest";
import { decodeWsFrame } from "../../src/ws/protocol/decode-frame.js";
import { WS_MONEY_KEYS } from "../../src/ws/protocol/money-keys.js";
import type {
  BalanceData,
  ExecutionReport,
  InstrumentPair,
  OhlcData,
  TickerData,
  TradeData,
} from "../../src/ws/types/channels.js";

const QTY = "1234567890123.45678"; // 18 significant digits: a double keeps ~16
const TINY = "0.00000001234";
const ZEROS = "0.10000000";

type Row = [name: string, frame: string, path: Array<string | number>, expected: unknown];
const at = (v: unknown, path: Array<string | number>) =>
  path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], v);

const rows: Row[] = [
  ...[
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
  ].map(
    (k): Row => [
      `ticker ${k}`,
      `{"channel":"ticker","type":"update","data":[{"symbol":"PEPE/USD","${k}":${QTY}}]}`,
      ["data", 0, k],
      QTY,
    ],
  ),
  [
    "ticker negative change",
    '{"channel":"ticker","type":"update","data":[{"symbol":"X","change":-0.00017000}]}',
    ["data", 0, "change"],
    "-0.00017000",
  ],
  [
    "trade price",
    `{"channel":"trade","type":"update","data":[{"symbol":"PEPE/USD","price":${TINY},"qty":${QTY},"trade_id":42}]}`,
    ["data", 0, "price"],
    TINY,
  ],
  [
    "trade qty",
    `{"channel":"trade","type":"update","data":[{"symbol":"PEPE/USD","price":${TINY},"qty":${QTY},"trade_id":42}]}`,
    ["data", 0, "qty"],
    QTY,
  ],
  [
    "trade_id stays a number",
    `{"channel":"trade","type":"update","data":[{"symbol":"X","qty":1,"trade_id":42}]}`,
    ["data", 0, "trade_id"],
    42,
  ],
  ...["open", "high", "low", "close", "vwap", "volume"].map(
    (k): Row => [
      `ohlc ${k}`,
      `{"channel":"ohlc","type":"update","data":[{"symbol":"X","${k}":${ZEROS},"trades":7,"interval":5}]}`,
      ["data", 0, k],
      ZEROS,
    ],
  ),
  [
    "ohlc trades stays a number",
    '{"channel":"ohlc","type":"update","data":[{"symbol":"X","open":1,"trades":7,"interval":5}]}',
    ["data", 0, "trades"],
    7,
  ],
  [
    "ohlc interval stays a number",
    '{"channel":"ohlc","type":"update","data":[{"symbol":"X","open":1,"trades":7,"interval":5}]}',
    ["data", 0, "interval"],
    5,
  ],
  ...["qty_increment", "qty_min", "price_increment", "tick_size", "cost_min", "margin_initial"].map(
    (k): Row => [
      `instrument pair ${k}`,
      `{"channel":"instrument","type":"snapshot","data":{"assets":[],"pairs":[{"symbol":"X","${k}":1e-8,"qty_precision":8}]}}`,
      ["data", "pairs", 0, k],
      "0.00000001",
    ],
  ),
  ...["collateral_value", "margin_rate", "multiplier"].map(
    (k): Row => [
      `instrument asset ${k}`,
      `{"channel":"instrument","type":"snapshot","data":{"assets":[{"id":"X","${k}":${ZEROS},"precision":10}],"pairs":[]}}`,
      ["data", "assets", 0, k],
      ZEROS,
    ],
  ),
  [
    "instrument precision stays a number",
    '{"channel":"instrument","type":"snapshot","data":{"assets":[{"id":"X","precision":10,"precision_display":5}],"pairs":[{"symbol":"X","qty_precision":8,"price_precision":1,"cost_precision":5,"position_limit_long":250}]}}',
    ["data", "pairs", 0, "position_limit_long"],
    250,
  ],
  ...[
    "order_qty",
    "cash_order_qty",
    "display_qty",
    "display_qty_remain",
    "limit_price",
    "cum_qty",
    "cum_cost",
    "avg_price",
    "last_qty",
    "last_price",
    "cost",
    "fee_usd_equiv",
    "stop_price",
    "triggered_price",
  ].map(
    (k): Row => [
      `executions ${k}`,
      `{"channel":"executions","type":"update","data":[{"order_id":"O1","${k}":${QTY},"order_userref":7,"trade_id":9}],"sequence":3}`,
      ["data", 0, k],
      QTY,
    ],
  ),
  [
    "executions fees[].qty",
    `{"channel":"executions","type":"update","data":[{"order_id":"O1","fees":[{"asset":"USD","qty":${TINY}}]}],"sequence":3}`,
    ["data", 0, "fees", 0, "qty"],
    TINY,
  ],
  ...["price", "actual_price", "peak_price", "last_price"].map(
    (k): Row => [
      `executions triggers.${k}`,
      `{"channel":"executions","type":"update","data":[{"order_id":"O1","triggers":{"reference":"last","${k}":-2.50,"price_type":"pct"}}],"sequence":3}`,
      ["data", 0, "triggers", k],
      "-2.50",
    ],
  ),
  ...["trigger_price", "limit_price"].map(
    (k): Row => [
      `executions contingent.${k}`,
      `{"channel":"executions","type":"update","data":[{"order_id":"O1","contingent":{"order_type":"limit","${k}":28400.10}}],"sequence":3}`,
      ["data", 0, "contingent", k],
      "28400.10",
    ],
  ),
  [
    "executions sequence stays a number",
    '{"channel":"executions","type":"update","data":[{"order_id":"O1","order_userref":7}],"sequence":3}',
    ["sequence"],
    3,
  ],
  [
    "executions order_userref stays a number",
    '{"channel":"executions","type":"update","data":[{"order_id":"O1","order_userref":7}],"sequence":3}',
    ["data", 0, "order_userref"],
    7,
  ],
  ...["balance", "amount", "fee"].map(
    (k): Row => [
      `balances ${k}`,
      `{"channel":"balances","type":"update","data":[{"asset":"PEPE","${k}":${QTY}}],"sequence":2}`,
      ["data", 0, k],
      QTY,
    ],
  ),
  [
    "balances wallets[].balance",
    `{"channel":"balances","type":"snapshot","data":[{"asset":"PEPE","balance":${QTY},"wallets":[{"type":"spot","id":"main","balance":${ZEROS}}]}],"sequence":1}`,
    ["data", 0, "wallets", 0, "balance"],
    ZEROS,
  ],
  [
    "status connection_id keeps every digit (an id above 2^53)",
    '{"channel":"status","type":"update","data":[{"system":"online","api_version":"v2","connection_id":13834774380200032777,"version":"2.0.0"}]}',
    ["data", 0, "connection_id"],
    "13834774380200032777",
  ],
  [
    "add_order result: req_id and order_userref stay numbers",
    '{"method":"add_order","req_id":17,"result":{"order_id":"O1","order_userref":100054},"success":true}',
    ["result", "order_userref"],
    100054,
  ],
  [
    "cancel_all result: count stays a number",
    '{"method":"cancel_all","req_id":18,"result":{"count":4},"success":true}',
    ["result", "count"],
    4,
  ],
  [
    "subscribe ack: maxratecount stays a number",
    '{"method":"subscribe","req_id":19,"result":{"channel":"executions","maxratecount":125},"success":true}',
    ["result", "maxratecount"],
    125,
  ],
  [
    "exponent literal expanded",
    '{"channel":"trade","type":"update","data":[{"symbol":"X","price":1e-8}]}',
    ["data", 0, "price"],
    "0.00000001",
  ],
  [
    "upper-case exponent with sign",
    '{"channel":"trade","type":"update","data":[{"symbol":"X","qty":1.5E+3}]}',
    ["data", 0, "qty"],
    "1500",
  ],
  [
    "a value Kraken sent as a string is left alone",
    '{"channel":"instrument","type":"snapshot","data":{"assets":[],"pairs":[{"symbol":"X","cost_min":"0.50"}]}}',
    ["data", "pairs", 0, "cost_min"],
    "0.50",
  ],
  [
    "whitespace around the colon (exact path)",
    `{ "channel" : "trade", "data" : [ { "qty" : ${QTY} , "trade_id" : 1 } ] }`,
    ["data", 0, "qty"],
    QTY,
  ],
  [
    "escaped strings (exact path)",
    `{"channel":"executions","data":[{"reason":"a \\"qty\\":1 quote","qty":${QTY}}],"sequence":1}`,
    ["data", 0, "qty"],
    QTY,
  ],
  [
    "escaped key (exact path)",
    `{"channel":"trade","data":[{"q\\u0074y":${TINY}}]}`,
    ["data", 0, "qty"],
    TINY,
  ],
  [
    "a money key inside a string value is not touched",
    '{"channel":"executions","data":[{"reason":"\\"price\\":5","price":5}],"sequence":1}',
    ["data", 0, "reason"],
    '"price":5',
  ],
  [
    "array-index keys, which JSON.parse reorders (exact path)",
    '{"channel":"x","data":[{"a":{"qty":3.30},"1":{"qty":2.20}}]}',
    ["data", 0, "1", "qty"],
    "2.20",
  ],
  [
    "array-index keys: the other object",
    '{"channel":"x","data":[{"a":{"qty":3.30},"1":{"qty":2.20}}]}',
    ["data", 0, "a", "qty"],
    "3.30",
  ],
  [
    "a money key whose value is a string before the numeric one",
    '{"channel":"x","data":[{"o":{"qty":"n/a"},"qty":0.10}]}',
    ["data", 0, "qty"],
    "0.10",
  ],
  [
    "whitespace after the colon (fast path)",
    '{"channel":"x","data":[{"qty": 0.10, "price":\t1e-8}]}',
    ["data", 0, "price"],
    "0.00000001",
  ],
];

describe("decodeWsFrame", () => {
  it.each(rows)("%s", (_name, frame, path, expected) => {
    expect(at(decodeWsFrame(frame), path)).toStrictEqual(expected);
  });

  it("leaves the rest of the frame as JSON.parse would", () => {
    const frame =
      '{"channel":"ticker","type":"update","data":[{"symbol":"ALGO/USD","bid":0.10025,"bid_qty":740.0,' +
      '"ask":0.10035,"ask_qty":740.0,"last":0.10035,"volume":997038.98383185,"vwap":0.10148,"low":0.09979,' +
      '"high":0.10285,"change":-0.00017,"change_pct":-0.17,"timestamp":"2023-09-25T09:04:31.742648Z"}]}';
    expect(decodeWsFrame(frame)).toStrictEqual({
      channel: "ticker",
      type: "update",
      data: [
        {
          symbol: "ALGO/USD",
          bid: "0.10025",
          bid_qty: "740.0",
          ask: "0.10035",
          ask_qty: "740.0",
          last: "0.10035",
          volume: "997038.98383185",
          vwap: "0.10148",
          low: "0.09979",
          high: "0.10285",
          change: "-0.00017",
          change_pct: "-0.17",
          timestamp: "2023-09-25T09:04:31.742648Z",
        },
      ],
    });
  });

  it("covers every documented money key", () => {
    for (const key of WS_MONEY_KEYS) {
      const v = decodeWsFrame(`{"channel":"x","data":[{"${key}":${QTY},"n":${QTY}}]}`) as {
        data: Array<Record<string, unknown>>;
      };
      expect(v.data[0]?.[key]).toBe(QTY);
      expect(typeof v.data[0]?.n).toBe("number"); // a key outside the set stays a number
    }
  });

  it.each([
    ["not JSON", "{not json"],
    ["truncated", '{"channel":"trade","data":[{"qty":1.5'],
    ["leading zero", '{"channel":"trade","data":[{"qty":01}]}'],
    ["dangling dot", '{"channel":"trade","data":[{"qty":1.}]}'],
    ["bare minus", '{"channel":"trade","data":[{"qty":-}]}'],
    ["two dots", '{"channel":"trade","data":[{"qty":1.2.3}]}'],
    ["empty exponent", '{"channel":"trade","data":[{"qty":1e}]}'],
    ["absurd exponent", '{"channel":"trade","data":[{"qty":1e999999}]}'],
    ["unterminated string (exact path)", '{"channel":"trade","data":[{"reason":"a\\"}]}'],
  ])("throws a SyntaxError on %s", (_name, frame) => {
    expect(() => decodeWsFrame(frame)).toThrow(SyntaxError);
  });
});

describe("public types", () => {
  it("types money fields as strings and counters as numbers", () => {
    expectTypeOf<TickerData["bid"]>().toEqualTypeOf<string>();
    expectTypeOf<TradeData["qty"]>().toEqualTypeOf<string>();
    expectTypeOf<TradeData["trade_id"]>().toEqualTypeOf<number>();
    expectTypeOf<OhlcData["close"]>().toEqualTypeOf<string>();
    expectTypeOf<OhlcData["trades"]>().toEqualTypeOf<number>();
    expectTypeOf<InstrumentPair["price_increment"]>().toEqualTypeOf<string>();
    expectTypeOf<InstrumentPair["price_precision"]>().toEqualTypeOf<number>();
    expectTypeOf<ExecutionReport["cum_cost"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<ExecutionReport["fees"]>[number]["qty"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<ExecutionReport["triggers"]>["price"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<BalanceData["balance"]>().toEqualTypeOf<string>();
    expectTypeOf<BalanceData["amount"]>().toEqualTypeOf<string | undefined>();
  });
});

// Compile-time contracts of the public WebSocket API (checked by tsc and by vitest's expectTypeOf).
import { describe, expectTypeOf, it } from "vitest";
import type {
  AddOrderResult,
  BalancesMessage,
  BookFrame,
  CancelOrderResult,
  ExecutionsMessage,
  InstrumentMessage,
  KrakenWs,
  Level3Frame,
  OhlcMessage,
  Subscription,
  TickerMessage,
  TradeMessage,
} from "../../src/index.js";

describe("KrakenWs types", () => {
  it("types each subscription by its channel", () => {
    const ws = {} as KrakenWs;
    const check = async () => {
      expectTypeOf(await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] })).toEqualTypeOf<
        Subscription<TickerMessage>
      >();
      expectTypeOf(await ws.subscribe({ channel: "book", symbol: ["BTC/USD"], depth: 25 })).toEqualTypeOf<
        Subscription<BookFrame>
      >();
      expectTypeOf(await ws.subscribe({ channel: "level3", symbol: ["BTC/USD"] })).toEqualTypeOf<
        Subscription<Level3Frame>
      >();
      expectTypeOf(await ws.subscribe({ channel: "ohlc", symbol: ["BTC/USD"], interval: 5 })).toEqualTypeOf<
        Subscription<OhlcMessage>
      >();
      expectTypeOf(await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] })).toEqualTypeOf<
        Subscription<TradeMessage>
      >();
      expectTypeOf(await ws.subscribe({ channel: "instrument" })).toEqualTypeOf<
        Subscription<InstrumentMessage>
      >();
      expectTypeOf(await ws.subscribe({ channel: "executions" })).toEqualTypeOf<
        Subscription<ExecutionsMessage>
      >();
      expectTypeOf(await ws.subscribe({ channel: "balances" })).toEqualTypeOf<
        Subscription<BalancesMessage>
      >();
      expectTypeOf(ws.addOrder).returns.resolves.toEqualTypeOf<AddOrderResult>();
      expectTypeOf(ws.cancelOrder).returns.resolves.toEqualTypeOf<CancelOrderResult[]>();
      // book prices are exact strings
      expectTypeOf<BookFrame["data"][number]["bids"][number]["price"]>().toEqualTypeOf<string>();
      // @ts-expect-error interval is required for ohlc
      await ws.subscribe({ channel: "ohlc", symbol: ["BTC/USD"] });
      // @ts-expect-error depth 7 is not a Kraken book depth
      await ws.subscribe({ channel: "book", symbol: ["BTC/USD"], depth: 7 });
      // @ts-expect-error status is an event, not a subscription
      await ws.subscribe({ channel: "status" });
    };
    void check;
  });
});

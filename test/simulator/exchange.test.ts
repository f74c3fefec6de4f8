import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type BalanceEvent,
  decimal,
  Exchange,
  type ExecutionEvent,
  LP_ACCOUNT,
} from "../../src/testing/exchange/index.js";

describe("exchange decimal helper", () => {
  it("adds, subtracts, multiplies and compares exactly", () => {
    expect(decimal.add("0.1", "0.2")).toBe("0.3");
    expect(decimal.sub("1", "1.00000001")).toBe("-0.00000001");
    expect(decimal.mul("1234567890123.45678", "0.0000098765")).toBe("12193209.76680432088767");
    expect(decimal.cmp("1e-8", "0.00000001")).toBe(0);
    expect(decimal.fixed("1.5", 3)).toBe("1.500");
    expect(decimal.div("1", "3", 5)).toBe("0.33333");
    expect(decimal.isMultipleOf("65000.3", "0.1")).toBe(true);
    expect(decimal.isMultipleOf("65000.35", "0.1")).toBe(false);
  });
});

describe("exchange matching", () => {
  let ex: Exchange;
  afterEach(() => {
    ex?.close();
    vi.useRealTimers();
  });

  it("fills a crossing limit order: trades, ledgers, balances, events with increasing sequences", () => {
    ex = new Exchange({ seedLevels: 0 });
    ex.createAccount("maker", { XXBT: "2" });
    const executions: ExecutionEvent[] = [];
    const balances: BalanceEvent[] = [];
    const trades: unknown[] = [];
    ex.on("execution", (e) => executions.push(e));
    ex.on("balance", (e) => balances.push(e));
    ex.on("trade", (t) => trades.push(t));
    const ask = ex.placeOrder("maker", {
      pair: "XBTUSD",
      side: "sell",
      type: "limit",
      price: "65000.0",
      qty: "0.5",
    });
    expect(ex.account("maker").hold("XXBT")).toBe("0.5");
    const bid = ex.placeOrder("demo", {
      pair: "BTC/USD",
      side: "buy",
      type: "limit",
      price: "65100",
      qty: "0.2",
    });
    expect(bid.order.status).toBe("closed");
    expect(bid.order.filled).toBe("0.2");
    expect(bid.order.cost).toBe("13000");
    expect(bid.descr).toBe("buy 0.20000000 XBTUSD @ limit 65100.0");
    expect(ex.order(ask.order.id)?.filled).toBe("0.2");
    expect(trades).toHaveLength(1);
    const demo = ex.account("demo");
    expect(demo.balance("XXBT")).toBe("25.2");
    expect(demo.balance("ZUSD")).toBe("986948"); // 1000000 - 13000 - 52 (0.40 % taker fee)
    expect(demo.hold("ZUSD")).toBe("0");
    expect(ex.account("maker").balance("ZUSD")).toBe("12967.5"); // 13000 - 32.5 (0.25 % maker fee)
    expect(ex.account("maker").hold("XXBT")).toBe("0.3");
    expect(demo.ledger.map((l) => [l.asset, l.amount, l.fee])).toEqual([
      ["XXBT", "0.2", "0"],
      ["ZUSD", "-13000", "52"],
    ]);
    expect(demo.trades[0]?.maker).toBe(false);
    const demoExec = executions.filter((e) => e.accountId === "demo");
    expect(demoExec.map((e) => e.execType)).toEqual(["pending_new", "new", "trade", "filled"]);
    expect(demoExec.map((e) => e.sequence)).toEqual([1, 2, 3, 4]);
    expect(demoExec[2]?.trade).toMatchObject({ price: "65000", qty: "0.2", liquidity: "t", fee: "52" });
    expect(balances.filter((b) => b.accountId === "demo").map((b) => b.sequence)).toEqual([1, 2]);
  });

  it("rejects with Kraken's errors: funds, minimums, tick size, unknown pair, post-only, status", () => {
    ex = new Exchange();
    const bad = (input: Parameters<Exchange["placeOrder"]>[1]) => {
      try {
        ex.placeOrder("demo", input);
      } catch (e) {
        return (e as Error).message;
      }
      return "ok";
    };
    const base = { pair: "XBTUSD", side: "buy", type: "limit", price: "60000.0", qty: "1" } as const;
    expect(bad({ ...base, qty: "100" })).toBe("EOrder:Insufficient funds");
    expect(bad({ ...base, qty: "0.00001" })).toBe("EOrder:Order minimum not met");
    expect(bad({ ...base, price: "60000.05" })).toBe("EOrder:Tick size check failed");
    expect(bad({ ...base, pair: "NOPE" })).toBe("EQuery:Unknown asset pair");
    expect(bad({ ...base, price: "70000", postOnly: true })).toBe("EOrder:Post only order");
    expect(bad({ ...base, price: "0.1", qty: "0.001" })).toBe("EOrder:Cost minimum not met");
    expect(bad({ ...base, validate: true })).toBe("ok");
    expect(ex.orders("demo")).toHaveLength(0);
    ex.setStatus("cancel_only");
    expect(bad(base)).toBe("EService:Market in cancel_only mode");
    ex.setStatus("maintenance");
    expect(bad(base)).toBe("EService:Unavailable");
  });

  it("handles 15+ significant digit quantities on the meme pair exactly", () => {
    ex = new Exchange({ seedLevels: 0 });
    ex.createAccount("maker", { PEPE: "9999999999999.99999" });
    ex.placeOrder("maker", {
      pair: "PEPE/USD",
      side: "sell",
      type: "limit",
      price: "0.0000098765",
      qty: "1234567890123.45678",
    });
    const r = ex.placeOrder("demo", {
      pair: "PEPEUSD",
      side: "buy",
      type: "market",
      qty: "1000000000.12345",
    });
    expect(r.order.filled).toBe("1000000000.12345");
    expect(ex.account("maker").balance("PEPE")).toBe("9998999999999.87654");
  });

  it("cancel, amend keeps the id, edit replaces, cl_ord_id and userref select", () => {
    ex = new Exchange();
    const a = ex.placeOrder("demo", {
      pair: "XBTUSD",
      side: "buy",
      type: "limit",
      price: "50000.0",
      qty: "0.1",
      clOrdId: "my-1",
    });
    const b = ex.placeOrder("demo", {
      pair: "XBTUSD",
      side: "buy",
      type: "limit",
      price: "50000.0",
      qty: "0.1",
      userref: 7,
    });
    expect(() =>
      ex.placeOrder("demo", {
        pair: "XBTUSD",
        side: "buy",
        type: "limit",
        price: "50000.0",
        qty: "0.1",
        clOrdId: "my-1",
      }),
    ).toThrow("EOrder:Duplicate order");
    const amended = ex.amendOrder("demo", { clOrdId: "my-1", qty: "0.05" });
    expect(amended.order.id).toBe(a.order.id);
    expect(ex.order(a.order.id)?.qty).toBe("0.05");
    expect(ex.account("demo").hold("ZUSD")).toBe("7530"); // (0.05 + 0.1) * 50000 * 1.004
    const edited = ex.editOrder("demo", { orderId: b.order.id, price: "49000.0" });
    expect(edited.order.id).not.toBe(b.order.id);
    expect(ex.order(b.order.id)?.status).toBe("canceled");
    expect(ex.cancelOrder("demo", { clOrdId: "my-1" })).toHaveLength(1);
    expect(() => ex.cancelOrder("demo", { orderId: a.order.id })).toThrow("EOrder:Unknown order");
    expect(ex.cancelAll("demo")).toBe(1);
    expect(ex.account("demo").hold("ZUSD")).toBe("0");
  });

  it("lists user accounts only: the liquidity provider's account stays internal", () => {
    ex = new Exchange({ seedLevels: 3 });
    ex.createAccount("alice", { ZUSD: "10" });
    ex.marketTrade("XBTUSD", "buy", "0.001");
    const ids = ex.accounts().map((a) => a.id);
    expect(ids).toContain("alice");
    expect(ids).not.toContain(LP_ACCOUNT);
  });

  it("cancel-all-after fires when it expires (fake timers)", () => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z") });
    ex = new Exchange();
    ex.placeOrder("demo", { pair: "XBTUSD", side: "buy", type: "limit", price: "50000.0", qty: "0.1" });
    const r = ex.cancelAllOrdersAfter("demo", 60);
    expect(r).toEqual({ currentTime: "2026-01-01T00:00:00Z", triggerTime: "2026-01-01T00:01:00Z" });
    vi.advanceTimersByTime(59_000);
    expect(ex.orders("demo", "open")).toHaveLength(1);
    ex.cancelAllOrdersAfter("demo", 60); // reset
    vi.advanceTimersByTime(59_000);
    expect(ex.orders("demo", "open")).toHaveLength(1);
    vi.advanceTimersByTime(2_000);
    expect(ex.orders("demo", "open")).toHaveLength(0);
    expect(ex.orders("demo", "closed")[0]?.status).toBe("canceled");
  });
});

describe("triggered orders", () => {
  it("a stop-loss sell fires when the last trade reaches its trigger and executes at market", () => {
    const ex = new Exchange({ seedLevels: 0 });
    ex.createAccount("lp", { XXBT: "10", ZUSD: "10000000" });
    ex.placeOrder("lp", { pair: "XBTUSD", side: "buy", type: "limit", price: "59000.0", qty: "1" });
    ex.placeOrder("lp", { pair: "XBTUSD", side: "buy", type: "limit", price: "58000.0", qty: "1" });
    const stop = ex.placeOrder("demo", {
      pair: "XBTUSD",
      side: "sell",
      type: "stop-loss",
      price: "59000.0",
      qty: "0.5",
    });
    expect(ex.order(stop.order.id)?.status).toBe("open");
    expect(ex.account("demo").hold("XXBT")).toBe("0.5");
    // Someone sells into the 59000 bid: last trade 59000 reaches the trigger.
    ex.createAccount("seller", { XXBT: "1" });
    ex.placeOrder("seller", { pair: "XBTUSD", side: "sell", type: "market", qty: "0.1" });
    const fired = ex.order(stop.order.id)!;
    expect(fired.triggeredAt).toBeDefined();
    expect(fired.status).toBe("closed");
    expect(fired.filled).toBe("0.5");
    expect(ex.account("demo").hold("XXBT")).toBe("0");
    ex.close();
  });
});

describe("time in force", () => {
  it("fill-or-kill without enough liquidity is cancelled untouched; IOC keeps its partial fill", () => {
    const ex = new Exchange({ seedLevels: 0 });
    ex.createAccount("maker", { XXBT: "1" });
    ex.placeOrder("maker", { pair: "XBTUSD", side: "sell", type: "limit", price: "60000.0", qty: "0.1" });
    const fok = ex.placeOrder("demo", {
      pair: "XBTUSD",
      side: "buy",
      type: "limit",
      price: "60000.0",
      qty: "0.2",
      timeInForce: "fok",
    });
    expect(fok.order).toMatchObject({ status: "canceled", filled: "0", reason: "Fill or kill" });
    const ioc = ex.placeOrder("demo", {
      pair: "XBTUSD",
      side: "buy",
      type: "limit",
      price: "60000.0",
      qty: "0.2",
      timeInForce: "ioc",
    });
    expect(ioc.order).toMatchObject({ status: "canceled", filled: "0.1" });
    expect(ex.account("demo").hold("ZUSD")).toBe("0");
    ex.close();
  });
});

describe("dead man's switch across maintenance", () => {
  it("fires during maintenance by cancelling when the engine comes back", () => {
    vi.useFakeTimers();
    const ex = new Exchange();
    ex.placeOrder("demo", { pair: "XBTUSD", side: "buy", type: "limit", price: "50000.0", qty: "0.1" });
    ex.cancelAllOrdersAfter("demo", 10);
    ex.setStatus("maintenance");
    vi.advanceTimersByTime(11_000);
    expect(ex.orders("demo", "open")).toHaveLength(1);
    ex.setStatus("online");
    expect(ex.orders("demo", "open")).toHaveLength(0);
    expect(ex.deadManTrigger("demo")).toBeUndefined();
    ex.close();
    vi.useRealTimers();
  });

  it("disarms with 0", () => {
    vi.useFakeTimers();
    const ex = new Exchange();
    ex.placeOrder("demo", { pair: "XBTUSD", side: "buy", type: "limit", price: "50000.0", qty: "0.1" });
    ex.cancelAllOrdersAfter("demo", 10);
    expect(ex.cancelAllOrdersAfter("demo", 0).triggerTime).toBe("0");
    vi.advanceTimersByTime(20_000);
    expect(ex.orders("demo", "open")).toHaveLength(1);
    expect(() => ex.cancelAllOrdersAfter("demo", 86400)).toThrow("EGeneral:Invalid arguments:timeout");
    ex.close();
    vi.useRealTimers();
  });
});

describe("quote-sized market buys (viqc / cash_order_qty)", () => {
  it("spend at most the cash amount and report the bought quantity", () => {
    const ex = new Exchange({ seedLevels: 0 });
    ex.createAccount("maker", { XXBT: "1" });
    ex.placeOrder("maker", { pair: "XBTUSD", side: "sell", type: "limit", price: "50000.0", qty: "1" });
    const r = ex.placeOrder("demo", {
      pair: "XBTUSD",
      side: "buy",
      type: "market",
      qty: "0",
      cashQty: "1000",
    });
    expect(r.order).toMatchObject({ status: "closed", filled: "0.02", qty: "0.02", cost: "1000" });
    ex.close();
  });
});

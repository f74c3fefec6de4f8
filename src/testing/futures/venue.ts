/**
 * The Derivatives venue: instruments, L3 books matched by the Spot exchange's matching engine,
 * accounts with netted positions, mark and index prices, trigger orders, funding and the dead man's
 * switch. The REST handlers (src/testing/futures/handlers) read and drive it; tests reach it as
 * `sim.futures`.
 */
import type { SimClock } from "../exchange/clock.js";
import { DeadManSwitches } from "../exchange/dead-man.js";
import { MatchingEngine } from "../exchange/matching-engine.js";
import { OrderBook } from "../exchange/order-book.js";
import type { SimPair } from "../exchange/pairs.js";
import type { SimOrder, SimTrade } from "../exchange/types.js";
import { DEMO_FUTURES_WALLETS, FuturesAccount, type FuturesAccountSetup } from "./account.js";
import { FundingClock, type FundingRecord } from "./funding.js";
import { defaultInstruments, enginePair, type FuturesInstrument } from "./instruments.js";
import type { JsonValue } from "./json.js";
import { FUTURES_LP_ACCOUNT, LiquidityLadder } from "./liquidity.js";
import { type FlexSummary, flexSummary } from "./margin.js";
import { executionEvent } from "./order-json.js";
import { type Execution, FuturesSettlement } from "./settlement.js";
import { TriggerBook } from "./triggers.js";
import { FuturesError, type FuturesOrder, type FuturesTrade, type TriggerOrder } from "./types.js";
import { UuidGenerator } from "./uuid.js";

/** Options of the Derivatives venue (`startKrakenSimulator({ futures })`). */
export interface FuturesVenueOptions {
  /** Accounts and their starting wallets. Default: `demo` with {@link DEMO_FUTURES_WALLETS}. */
  readonly accounts?: Readonly<Record<string, FuturesAccountSetup>>;
  /** Instruments (default: PF_XBTUSD, PF_ETHUSD and a quarterly FF_XBTUSD). */
  readonly instruments?: readonly FuturesInstrument[];
  /** Funding interval of the perpetuals in ms. Default one hour, as Kraken's. */
  readonly fundingIntervalMs?: number;
  /** Seeded market-maker ladders on every book. Default true. */
  readonly liquidity?: boolean;
  /** How long `orders/status` still reports an order after it ended. Default 5 s, as Kraken documents. */
  readonly orderStatusRetentionMs?: number;
  /** Seed for ids and liquidity. Default: the exchange's seed. */
  readonly seed?: number;
}

/** An order lifecycle event kept for the history endpoints. */
export interface OrderHistoryEvent {
  readonly uid: string;
  readonly accountId: string;
  readonly time: number;
  readonly kind:
    | "placed"
    | "cancelled"
    | "executed"
    | "edited"
    | "rejected"
    | "triggerPlaced"
    | "triggerCancelled"
    | "triggerActivated";
  /** The book order after the event (a snapshot). */
  readonly order?: FuturesOrder;
  /** The book order before it (edits and executions). */
  readonly old?: FuturesOrder;
  /** The trigger order (a snapshot). */
  readonly trigger?: TriggerOrder;
  readonly reason?: string;
}

/** A copy of an order as it is now (history keeps these). */
export function snapshot<T extends FuturesOrder | TriggerOrder>(o: T): T {
  return "trades" in o ? ({ ...o, trades: [...o.trades], amends: [...o.amends] } as T) : ({ ...o } as T);
}

/** A platform notification (`/notifications`). */
export interface FuturesNotification {
  readonly type: "new_feature" | "bug_fix" | "settlement" | "general" | "maintenance" | "market";
  readonly priority: "low" | "medium" | "high";
  readonly note: string;
  readonly effectiveTime: number;
  readonly expectedDowntimeMinutes?: number;
}

/** The Derivatives venue (see the file comment). */
export class FuturesVenue {
  readonly instruments = new Map<string, FuturesInstrument>();
  readonly books = new Map<string, OrderBook>();
  readonly pairs = new Map<string, SimPair>();
  /** Book orders by id: open ones and, for `orders/status`, recently ended ones. */
  readonly orders = new Map<string, FuturesOrder>();
  readonly triggers = new TriggerBook();
  readonly trades = new Map<string, FuturesTrade[]>();
  readonly history: OrderHistoryEvent[] = [];
  readonly notifications: FuturesNotification[] = [];
  readonly suspended = new Set<string>();
  readonly postOnlyMarkets = new Set<string>();
  readonly engine: MatchingEngine;
  readonly uuid: UuidGenerator;
  readonly funding: FundingClock;
  readonly deadMan: DeadManSwitches;
  /** Every trade-priced execution, for the public history endpoints. */
  readonly executions: Execution[] = [];
  readonly retentionMs: number;
  /** Set by the order entry while it answers: executions of this taker become answer events. */
  capture: { takerId: string; events: JsonValue[] } | undefined;
  /** Runs after every order operation (trigger checks, liquidity top-up). */
  afterOperation: () => void = () => {};
  /** Cancels every order of an account (wired by the order entry; used by the dead man's switch). */
  cancelAllFor: (accountId: string) => void = () => {};
  /** The market maker's account UUID (history answers name it). */
  readonly lpUid: string;
  /** When the venue started (unix ms): the keys' creation time in the key check. */
  readonly createdAt: number;
  readonly #accounts = new Map<string, FuturesAccount>();
  readonly #index = new Map<string, string>();
  readonly #mark = new Map<string, string>();
  readonly #last = new Map<string, FuturesTrade>();
  /** Mark price changes per instrument, for `/api/history/v3/market/{tradeable}/price`. */
  readonly markHistory = new Map<
    string,
    Array<{ readonly uid: string; readonly time: number; readonly price: string }>
  >();
  readonly #tradeIds = new Map<string, number>();
  readonly #ladder: LiquidityLadder;
  readonly #liquidity: boolean;
  #logId = 0;

  constructor(
    readonly clock: SimClock,
    options: FuturesVenueOptions = {},
  ) {
    const seed = options.seed ?? 1;
    this.createdAt = clock.now();
    this.uuid = new UuidGenerator(seed);
    this.lpUid = this.uuid.next();
    this.#ladder = new LiquidityLadder(seed);
    this.#liquidity = options.liquidity !== false;
    this.retentionMs = options.orderStatusRetentionMs ?? 5000;
    for (const i of options.instruments ?? defaultInstruments(clock.now())) {
      this.instruments.set(i.symbol, i);
      this.books.set(i.symbol, new OrderBook());
      this.pairs.set(i.symbol, enginePair(i));
      this.#index.set(i.symbol, i.startPrice);
      this.markHistory.set(i.symbol, [{ uid: this.uuid.next(), time: clock.now(), price: i.startPrice }]);
    }
    for (const [id, setup] of Object.entries(options.accounts ?? { demo: DEMO_FUTURES_WALLETS }))
      this.createAccount(id, setup);
    const settlement = new FuturesSettlement({
      account: (id) => this.#accounts.get(id),
      instrument: (s) => this.instrument(s),
      uuid: () => this.uuid.next(),
      nextLogId: () => this.nextLogId(),
      executed: (e) => this.#executed(e),
    });
    this.engine = new MatchingEngine(
      settlement,
      { nextTradeId: (p) => this.#nextTradeId(p), record: (t) => this.#record(t) },
      { bookChanged: () => {}, ticker: () => {} },
      {
        scheduleExpiry: () => {},
        close: (o, status, reason) => this.endOrder(o as FuturesOrder, status, reason),
        finish: (o, status) => this.endOrder(o as FuturesOrder, status),
      },
      () => clock.now(),
      () => {},
    );
    this.funding = new FundingClock(this, options.fundingIntervalMs ?? 3_600_000);
    this.deadMan = new DeadManSwitches(
      clock,
      (id) => this.cancelAllFor(id),
      () => false,
    );
    this.refreshLiquidity();
  }

  /** An instrument by symbol, or `invalidArgument`. */
  instrument(symbol: string): FuturesInstrument {
    const i = this.instruments.get(symbol);
    if (!i) throw new FuturesError("invalidArgument");
    return i;
  }

  /** An account (throws when unknown). */
  account(id: string): FuturesAccount {
    const a = this.#accounts.get(id);
    if (!a) throw new Error(`unknown futures account ${id}`);
    return a;
  }

  /** Whether an account exists. */
  hasAccount(id: string): boolean {
    return this.#accounts.has(id);
  }

  /** Every account. */
  accounts(): FuturesAccount[] {
    return [...this.#accounts.values()];
  }

  /** Creates (or replaces) an account with starting wallets. */
  createAccount(id: string, setup: FuturesAccountSetup = {}): FuturesAccount {
    const account = new FuturesAccount(id, this.uuid.next(), setup);
    this.#accounts.set(id, account);
    return account;
  }

  /** A new account-log id (1, 2, 3 ...). */
  nextLogId(): number {
    this.#logId += 1;
    return this.#logId;
  }

  /** Index price of an instrument. */
  indexPrice(symbol: string): string {
    return this.#index.get(symbol) ?? this.instrument(symbol).startPrice;
  }

  /** Mark price (the index unless a test set one). */
  markPrice(symbol: string): string {
    return this.#mark.get(symbol) ?? this.indexPrice(symbol);
  }

  /** The last trade of an instrument. */
  lastTrade(symbol: string): FuturesTrade | undefined {
    return this.#last.get(symbol);
  }

  /**
   * Moves an instrument's prices (a test's market move): the market maker re-quotes around the new
   * mark, and trigger orders whose signal crossed fire.
   */
  setPrices(symbol: string, prices: { readonly mark?: string; readonly index?: string }): void {
    this.instrument(symbol);
    if (prices.index !== undefined) this.#index.set(symbol, prices.index);
    if (prices.mark !== undefined) this.#mark.set(symbol, prices.mark);
    else if (prices.index !== undefined) this.#mark.delete(symbol);
    this.markHistory
      .get(symbol)
      ?.push({ uid: this.uuid.next(), time: this.clock.now(), price: this.markPrice(symbol) });
    this.#requote(symbol);
    this.afterOperation();
  }

  /** USD value of one unit of a collateral currency. */
  usdRate(currency: string): string | undefined {
    switch (currency) {
      case "USD":
      case "USDC":
      case "USDT":
        return "1";
      case "EUR":
        return "1.08";
      case "GBP":
        return "1.27";
      case "XBT":
      case "BTC":
        return this.indexPrice("PF_XBTUSD");
      case "ETH":
        return this.indexPrice("PF_ETHUSD");
      default:
        return undefined;
    }
  }

  /** Open book orders, newest first; optionally of one account and/or symbol. */
  openOrders(accountId?: string, symbol?: string): FuturesOrder[] {
    const out: FuturesOrder[] = [];
    for (const o of this.orders.values())
      if (
        o.status === "open" &&
        !o.lp &&
        (accountId === undefined || o.accountId === accountId) &&
        (symbol === undefined || o.pair === symbol)
      )
        out.push(o);
    return out.sort((a, b) => b.openedAt - a.openedAt);
  }

  /** The flex margin summary of an account, optionally with an extra order's margin reserved. */
  summary(accountId: string, extraOrderMargin = "0"): FlexSummary {
    return flexSummary(
      this.account(accountId),
      this.instruments,
      { mark: (s) => this.markPrice(s), usdRate: (c) => this.usdRate(c) },
      this.openOrders(accountId),
      extraOrderMargin,
    );
  }

  /** Takes an order off the book (if resting) and ends it. */
  endOrder(order: FuturesOrder, status: "canceled" | "expired" | "closed", reason?: string): void {
    if (order.status !== "open" && order.status !== "pending") return;
    if (order.price !== undefined) this.books.get(order.pair)?.remove(order);
    order.status = status;
    order.closedAt = this.clock.now();
    order.lastUpdateAt = order.closedAt;
    if (reason !== undefined) order.reason = reason;
  }

  /** Drops ended orders older than the `orders/status` retention. */
  sweepEnded(): void {
    const cutoff = this.clock.now() - this.retentionMs;
    for (const [id, o] of this.orders)
      if (o.status !== "open" && (o.closedAt ?? 0) < cutoff) this.orders.delete(id);
  }

  /** Tops every book's market-maker ladder up to its depth. */
  refreshLiquidity(): void {
    if (!this.#liquidity) return;
    for (const symbol of this.instruments.keys()) this.#topUp(symbol);
  }

  #requote(symbol: string): void {
    if (!this.#liquidity) return;
    const book = this.books.get(symbol)!;
    for (const side of ["buy", "sell"] as const)
      for (const o of book.orders(side)) if (o.lp) this.endOrder(o as FuturesOrder, "canceled");
    this.#topUp(symbol);
  }

  #topUp(symbol: string): void {
    const instrument = this.instrument(symbol);
    const book = this.books.get(symbol)!;
    const pair = this.pairs.get(symbol)!;
    for (const q of this.#ladder.quotes(instrument, book, this.markPrice(symbol))) {
      const now = this.clock.now();
      const order: FuturesOrder = {
        id: this.uuid.next(),
        accountId: FUTURES_LP_ACCOUNT,
        pair: symbol,
        side: q.side,
        type: "limit",
        qty: q.qty,
        filled: "0",
        cost: "0",
        fee: "0",
        price: q.price,
        status: "open",
        timeInForce: "gtc",
        postOnly: false,
        reduceOnly: false,
        openedAt: now,
        trades: [],
        amends: [],
        lp: true,
        futuresType: "lmt",
        requestedType: "lmt",
        lastUpdateAt: now,
      };
      this.engine.execute(book, pair, order);
    }
  }

  #nextTradeId(symbol: string): number {
    const id = (this.#tradeIds.get(symbol) ?? 0) + 1;
    this.#tradeIds.set(symbol, id);
    return id;
  }

  #record(t: SimTrade): void {
    const trade: FuturesTrade = {
      tradeId: t.tradeId,
      uid: t.takerTxid,
      symbol: t.pair,
      price: t.price,
      size: t.qty,
      side: t.side,
      time: t.timestamp,
    };
    let list = this.trades.get(t.pair);
    if (!list) {
      list = [];
      this.trades.set(t.pair, list);
    }
    list.push(trade);
    if (list.length > 5000) list.splice(0, list.length - 5000);
    this.#last.set(t.pair, trade);
  }

  #executed(e: Execution): void {
    this.executions.push(e);
    if (this.executions.length > 5000) this.executions.splice(0, this.executions.length - 5000);
    if (this.capture && this.capture.takerId === e.taker.id) this.capture.events.push(executionEvent(e));
    for (const [o, before] of [
      [e.taker, e.takerBefore],
      [e.maker, e.makerBefore],
    ] as const) {
      if (!o.lp)
        this.history.push({
          uid: e.executionId,
          accountId: o.accountId,
          time: e.time,
          kind: "executed",
          order: snapshot(o),
          old: before,
        });
    }
  }

  /** Stops the timers (funding, dead man's switches). */
  close(): void {
    this.funding.stop();
    for (const a of this.#accounts.keys()) this.deadMan.disarm(a);
  }
}

/** Whether a Spot-engine order is one of the venue's book orders. */
export function isFuturesOrder(o: SimOrder): o is FuturesOrder {
  return "futuresType" in o;
}

export type { FundingRecord };

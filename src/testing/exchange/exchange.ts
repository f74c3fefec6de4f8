import { Emitter } from "../../util/emitter.js";
import { Account } from "./account.js";
import { type SimClock, systemClock } from "./clock.js";
import { DeadManSwitches } from "./dead-man.js";
import {
  type AmendInput,
  DEMO_BALANCES,
  type EditInput,
  type ExchangeOptions,
  LP_ACCOUNT,
  type OrderRef,
  type PlaceResult,
} from "./exchange-options.js";
import { Funding } from "./funding.js";
import { IdGenerator } from "./ids.js";
import { seedLiquidity } from "./liquidity.js";
import { MarketTape } from "./market-tape.js";
import { MatchingEngine } from "./matching-engine.js";
import { OrderAdmission } from "./order-admission.js";
import { OrderAmender } from "./order-amend.js";
import { OrderBook } from "./order-book.js";
import { editTarget, replacementOrder, withHoldLifted } from "./order-edit.js";
import { OrderLifecycle } from "./order-lifecycle.js";
import { amendRecord } from "./order-records.js";
import { checkBatch, checkStatusForCancel, checkStatusForPlace } from "./order-rules.js";
import { OrderStore } from "./order-store.js";
import { DEFAULT_ASSETS, DEFAULT_PAIRS, PairRegistry, type SimPair } from "./pairs.js";
import { PublicFeed } from "./public-feed.js";
import { RateCharges } from "./rate-charges.js";
import { Settlement } from "./settlement.js";
import { StopTriggers } from "./stop-triggers.js";
import { TokenStore } from "./tokens.js";
import type { TradingTier } from "./trading-limits.js";
import {
  ExchangeError,
  type ExchangeEvents,
  type PlaceOrderInput,
  type SimLedgerEntry,
  type SimOrder,
  type SimTrade,
  type SystemStatus,
} from "./types.js";

export {
  type AmendInput,
  DEMO_BALANCES,
  type EditInput,
  type ExchangeOptions,
  LP_ACCOUNT,
  type OrderRef,
  type PlaceResult,
} from "./exchange-options.js";
export { describeOrder } from "./order-text.js";

/**
 * The simulated exchange: pairs, L3 books, accounts, matching, and events that the REST and WS
 * front ends share. Every method is synchronous; errors are {@link ExchangeError}s carrying Kraken's
 * exact error string.
 *
 * @example
 * const ex = new Exchange();
 * ex.on("execution", (e) => console.log(e.execType, e.order.id));
 * ex.placeOrder("demo", { pair: "BTC/USD", side: "buy", type: "market", qty: "0.01" });
 */
export class Exchange {
  readonly registry: PairRegistry;
  readonly tokens: TokenStore;
  readonly clock: SimClock;
  readonly ids: IdGenerator;
  #status: SystemStatus = "online";
  // a throwing listener is a bug in the test that attached it: surface it as an uncaught error
  readonly #events = new Emitter<ExchangeEvents>((e) =>
    queueMicrotask(() => {
      throw e;
    }),
  );
  readonly #books = new Map<string, OrderBook>();
  readonly #accounts = new Map<string, Account>();
  readonly #orders = new OrderStore();
  readonly #tape: MarketTape;
  readonly #deadMan: DeadManSwitches;
  readonly #rates: RateCharges;
  readonly #settlement: Settlement;
  readonly #funding: Funding;
  readonly #feed: PublicFeed;
  readonly #lifecycle: OrderLifecycle;
  readonly #engine: MatchingEngine;
  readonly #triggers: StopTriggers;
  readonly #amender: OrderAmender;
  readonly #admission: OrderAdmission;

  constructor(options: ExchangeOptions = {}) {
    this.clock = options.clock ?? systemClock;
    const now = () => this.clock.now();
    this.registry = new PairRegistry(options.pairs ?? DEFAULT_PAIRS, options.assets ?? DEFAULT_ASSETS);
    this.tokens = new TokenStore(this.clock);
    this.#deadMan = new DeadManSwitches(
      this.clock,
      (id) => this.cancelAll(id, "cancel_all_orders_after timeout"),
      () => this.#status === "maintenance",
    );
    this.ids = new IdGenerator(options.seed ?? 1);
    this.#rates = new RateCharges(options.tradingLimits, now);
    this.#tape = new MarketTape(this.#events);
    this.#settlement = new Settlement(
      this.registry,
      this.ids,
      this.#events,
      (id) => this.#accounts.get(id),
      now,
    );
    this.#funding = new Funding(this.registry, this.ids, this.#settlement, (id) => this.account(id), now);
    this.#feed = new PublicFeed(this.#events, this.#tape, this.#books, (id) => this.pair(id), now);
    this.#lifecycle = new OrderLifecycle(this.#books, this.#feed, this.#settlement, this.clock);
    this.#engine = new MatchingEngine(
      this.#settlement,
      this.#tape,
      this.#feed,
      this.#lifecycle,
      now,
      (pair, price) => this.#triggers.check(pair, price),
    );
    this.#triggers = new StopTriggers(this.#orders, now, (order) =>
      this.#engine.execute(this.#books.get(order.pair)!, this.pair(order.pair), order),
    );
    this.#amender = new OrderAmender(
      this.#settlement,
      this.#engine,
      this.#lifecycle,
      this.#feed,
      this.ids,
      now,
    );
    this.#admission = new OrderAdmission(
      this.#rates,
      this.#orders,
      this.#engine,
      this.#settlement,
      this.ids,
      now,
    );
    for (const p of this.registry.pairs) {
      this.#books.set(p.id, new OrderBook());
    }
    for (const [id, balances] of Object.entries(options.accounts ?? { demo: DEMO_BALANCES })) {
      this.createAccount(id, balances);
    }
    const levels = options.seedLevels ?? 20;
    if (levels > 0) for (const p of this.registry.pairs) this.seedLiquidity(p.id, levels, options.seed ?? 1);
  }

  /** Subscribes to an exchange event; returns an unsubscribe function. */
  on<K extends keyof ExchangeEvents>(event: K, listener: (payload: ExchangeEvents[K]) => void): () => void {
    return this.#events.on(event, listener);
  }

  /** Tier whose trading-engine limits are enforced, or undefined when they are off. */
  get tradingTier(): TradingTier | undefined {
    return this.#rates.tier;
  }

  /** Current trading mode. */
  get status(): SystemStatus {
    return this.#status;
  }

  /** Switches the trading mode (emits `status`). */
  setStatus(status: SystemStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#events.emit("status", status);
    if (status !== "maintenance") this.#deadMan.resume();
  }

  /** Creates (or replaces) an account with starting balances by REST asset id. */
  createAccount(id: string, balances: Readonly<Record<string, string>> = {}): Account {
    const account = new Account(id, balances);
    this.#accounts.set(id, account);
    return account;
  }

  /** An account by id; throws `EGeneral:Invalid arguments:account` when unknown. */
  account(id: string): Account {
    const account = this.#accounts.get(id);
    if (!account) throw new ExchangeError("EGeneral:Invalid arguments:account");
    return account;
  }

  /** Every account (the liquidity provider excluded: it is the simulator's, not a user's). */
  accounts(): Account[] {
    return [...this.#accounts.values()].filter((a) => a.id !== LP_ACCOUNT);
  }

  /** A pair by any name; throws `EQuery:Unknown asset pair`. */
  pair(name: string): SimPair {
    const p = this.registry.pair(name);
    if (!p) throw new ExchangeError("EQuery:Unknown asset pair");
    return p;
  }

  /** The L3 book of a pair (by any name). */
  book(pair: string): OrderBook {
    return this.#books.get(this.pair(pair).id)!;
  }

  /** Public trades of a pair, oldest first (at most the last 1000). */
  publicTrades(pair: string): readonly SimTrade[] {
    return this.#tape.trades(this.pair(pair).id);
  }

  /** Any order by id (open or closed), or undefined. */
  order(id: string): SimOrder | undefined {
    return this.#orders.get(id);
  }

  /** Orders of an account; `open` selects open/pending, `closed` the rest. */
  orders(accountId: string, which: "open" | "closed" | "all" = "all"): SimOrder[] {
    return this.#orders.ofAccount(accountId, which);
  }

  /** Credits a deposit to an account (writes a ledger entry and emits a balance event). */
  deposit(accountId: string, asset: string, amount: string): void {
    this.#funding.deposit(accountId, asset, amount);
  }

  /**
   * Moves funds outside trading (withdrawal, transfer, Earn allocation …): writes a ledger entry and
   * emits a balance event. A debit beyond the available balance throws `EFunding:Insufficient funds`.
   */
  adjustBalance(
    accountId: string,
    entry: {
      type: SimLedgerEntry["type"];
      subtype?: string;
      asset: string;
      amount: string;
      fee?: string;
      refid?: string;
    },
  ): SimLedgerEntry {
    return this.#funding.adjust(accountId, entry);
  }

  /**
   * Places an order for an account: validates (status, shape, tick size, minimums, funds), then
   * matches it against the book and rests any remainder. With `validate` nothing changes.
   */
  placeOrder(accountId: string, input: PlaceOrderInput): PlaceResult {
    const account = this.account(accountId);
    const pair = this.pair(input.pair);
    const book = this.#books.get(pair.id)!;
    const { order, hold, descr } = this.#admission.admit(account, pair, book, input, this.#status);
    if (input.validate) return { order, descr };

    order.amends.push(amendRecord(order, "original", this.ids.next("A"), this.clock.now()));
    this.#orders.add(order);
    if (hold && !hold.immediate) this.#settlement.addHold(account, order, hold.asset, hold.amount);
    this.#settlement.execution(order, "pending_new");
    order.status = "open";
    this.#settlement.execution(order, "new");
    this.#engine.submit(book, pair, order);
    return { order, descr };
  }

  /**
   * Places 2-15 orders of one pair. The whole batch is validated first (one invalid order rejects
   * all); then each order is placed, and an order failing at the engine (e.g. funds) gets an error.
   */
  placeBatch(
    accountId: string,
    inputs: readonly PlaceOrderInput[],
    validate = false,
  ): Array<PlaceResult | { error: string }> {
    const pair = checkBatch(inputs, (name) => this.pair(name), this.#status);
    if (!validate) this.#rates.addBatch(accountId, pair, inputs.length);
    return this.#rates.prepaid(() =>
      inputs.map((input) => {
        try {
          return this.placeOrder(accountId, { ...input, validate });
        } catch (error) {
          if (error instanceof ExchangeError) return { error: error.kraken };
          throw error;
        }
      }),
    );
  }

  /** Cancels the open orders an {@link OrderRef} selects; throws `EOrder:Unknown order` when none. */
  cancelOrder(accountId: string, ref: OrderRef, reason = "User requested"): SimOrder[] {
    checkStatusForCancel(this.#status);
    const targets = this.#orders.select(accountId, ref);
    if (targets.length === 0) throw new ExchangeError("EOrder:Unknown order");
    this.#rates.cancel(accountId, targets);
    for (const o of targets) this.#lifecycle.close(o, "canceled", reason);
    return targets;
  }

  /**
   * Cancels several orders at once (REST CancelOrderBatch, WS batch_cancel); unknown ids are skipped.
   * The rate counter is charged but never rejects a batch cancel. Returns how many were cancelled.
   */
  cancelBatch(accountId: string, refs: readonly OrderRef[]): number {
    checkStatusForCancel(this.#status);
    let count = 0;
    this.#rates.prepaid(() => {
      for (const ref of refs) {
        for (const o of this.#orders.select(accountId, ref)) {
          this.#rates.batchCancel(accountId, o);
          this.#lifecycle.close(o, "canceled", "User requested");
          count += 1;
        }
      }
    });
    return count;
  }

  /** Cancels every open order of an account; returns how many. */
  cancelAll(accountId: string, reason = "User requested"): number {
    checkStatusForCancel(this.#status);
    const open = this.orders(accountId, "open");
    for (const o of open) this.#lifecycle.close(o, "canceled", reason);
    return open.length;
  }

  /**
   * Arms (or with 0 disarms) the dead man's switch: after `timeoutSeconds` without another call, all
   * open orders of the account are cancelled. Returns Kraken's `{currentTime, triggerTime}`.
   */
  cancelAllOrdersAfter(
    accountId: string,
    timeoutSeconds: number,
  ): { currentTime: string; triggerTime: string } {
    this.account(accountId);
    return this.#deadMan.arm(accountId, timeoutSeconds);
  }

  /** When the dead man's switch of an account fires (unix ms), if armed. */
  deadManTrigger(accountId: string): number | undefined {
    return this.#deadMan.triggerAt(accountId);
  }

  /** Amends an open order in place (keeps its id); returns the amend id. */
  amendOrder(accountId: string, input: AmendInput): { amendId: string; order: SimOrder } {
    checkStatusForPlace(this.#status, true);
    if (input.orderId === undefined && input.clOrdId === undefined) {
      throw new ExchangeError("EGeneral:Invalid arguments:order_id");
    }
    const [order] = this.#orders.select(accountId, { orderId: input.orderId, clOrdId: input.clOrdId });
    if (!order) throw new ExchangeError("EOrder:Unknown order");
    this.#rates.amend(accountId, order);
    const pair = this.pair(order.pair);
    return this.#amender.amend(order, input, this.account(accountId), pair, this.#books.get(pair.id)!);
  }

  /** Cancel-and-replace: cancels the order and places a new one with the edited fields. */
  editOrder(accountId: string, input: EditInput): { order: SimOrder; original: SimOrder; descr: string } {
    const [original] = this.#orders.select(accountId, editTarget(input.orderId));
    if (!original) throw new ExchangeError("EOrder:Unknown order");
    if (!input.validate) this.#rates.edit(accountId, original);
    const next = replacementOrder(original, input);
    const checked = withHoldLifted(this.#settlement, this.account(accountId), original, () =>
      this.placeOrder(accountId, next),
    );
    if (input.validate) return { order: checked.order, original, descr: checked.descr };
    this.#lifecycle.close(original, "canceled", "Order replaced");
    const placed = this.#rates.prepaid(() => this.placeOrder(accountId, { ...next, validate: false }));
    return { order: placed.order, original, descr: placed.descr };
  }

  /** Adds a liquidity-provider order (no balance checks, no account events); returns it. */
  addLiquidity(pair: string, side: "buy" | "sell", price: string, qty: string): SimOrder {
    if (!this.#accounts.has(LP_ACCOUNT)) this.#accounts.set(LP_ACCOUNT, new Account(LP_ACCOUNT));
    return this.placeOrder(LP_ACCOUNT, { pair, side, type: "limit", price, qty }).order;
  }

  /** Removes a liquidity-provider order from the book. */
  removeLiquidity(orderId: string): void {
    const o = this.#orders.get(orderId);
    if (o?.lp && o.status === "open") this.#lifecycle.close(o, "canceled", "User requested");
  }

  /** Sends a liquidity-provider market order (creates public trades against resting orders). */
  marketTrade(pair: string, side: "buy" | "sell", qty: string): SimOrder {
    if (!this.#accounts.has(LP_ACCOUNT)) this.#accounts.set(LP_ACCOUNT, new Account(LP_ACCOUNT));
    return this.placeOrder(LP_ACCOUNT, { pair, side, type: "market", qty }).order;
  }

  /** Places `levels` liquidity-provider orders per side around the pair's start price (seeded). */
  seedLiquidity(pair: string, levels: number, seed = 1): void {
    seedLiquidity(this, pair, levels, seed);
  }

  /** Stops every timer (dead man's switches, GTD expiries). */
  close(): void {
    this.#lifecycle.stopTimers();
    this.#deadMan.clear();
  }
}

import type { Emitter } from "../../util/emitter.js";
import type { Account } from "./account.js";
import { add, cmp, div, isDecimal, isPositive, min, mul, sub, truncate } from "./decimal.js";
import type { IdGenerator } from "./ids.js";
import { type OrderBook, remaining } from "./order-book.js";
import type { PairRegistry, SimPair } from "./pairs.js";
import type {
  ExchangeEvents,
  ExecType,
  ExecutionEvent,
  SimLedgerEntry,
  SimOrder,
  SimTrade,
} from "./types.js";

interface Hold {
  readonly accountId: string;
  readonly asset: string;
  amount: string;
}

/**
 * Money movement of the exchange: holds for open orders, fills (balances, fees, ledger entries,
 * the account's trade list) and the per-account execution and balance events.
 */
export class Settlement {
  readonly #holds = new Map<string, Hold>();

  constructor(
    private readonly registry: PairRegistry,
    private readonly ids: IdGenerator,
    private readonly events: Emitter<ExchangeEvents>,
    private readonly accountOf: (id: string) => Account | undefined,
    private readonly now: () => number,
  ) {}

  /** Asset an order holds: quote for buys, base for sells. */
  holdAsset(order: SimOrder): string {
    const pair = this.registry.pair(order.pair)!;
    return order.side === "buy" ? pair.quote : pair.base;
  }

  /**
   * What an order needs available before it is accepted. `immediate` marks market orders, which are
   * checked but not held (they execute at once).
   */
  requiredHold(
    pair: SimPair,
    order: SimOrder,
    book: OrderBook,
  ): { asset: string; amount: string; immediate: boolean } | undefined {
    const immediate = order.type === "market";
    if (order.side === "sell") return { asset: pair.base, amount: remaining(order), immediate };
    const feeFactor = add("1", div(pair.takerFee, "100", 8));
    if (order.cashQty !== undefined)
      return { asset: pair.quote, amount: mul(order.cashQty, feeFactor), immediate };
    const price = order.price ?? this.#referencePrice(pair, order, book);
    return { asset: pair.quote, amount: mul(mul(remaining(order), price), feeFactor), immediate };
  }

  #referencePrice(pair: SimPair, order: SimOrder, book: OrderBook): string {
    if (order.type === "market") {
      // Walk the asks for the cost of the whole quantity (the worst level prices any remainder).
      let need = remaining(order);
      let cost = "0";
      let last = pair.startPrice;
      for (const level of book.asks) {
        last = level.price;
        for (const o of level.orders) {
          const q = min(need, remaining(o));
          cost = add(cost, mul(q, level.price));
          need = sub(need, q);
          if (!isPositive(need)) return div(cost, remaining(order), pair.priceDecimals + 8);
        }
      }
      return div(add(cost, mul(need, last)), remaining(order), pair.priceDecimals + 8);
    }
    const trigger = order.triggerPrice ?? "";
    if (isDecimal(trigger) && !/^[+-]/.test(trigger)) return trigger;
    return book.best("sell")?.price ?? pair.startPrice;
  }

  /** Records and applies a hold for an order. */
  addHold(account: Account, order: SimOrder, asset: string, amount: string): void {
    this.#holds.set(order.id, { accountId: account.id, asset, amount });
    account.adjustHold(asset, amount);
  }

  /** Amount currently held for an order ("0" when none). */
  heldFor(orderId: string): string {
    return this.#holds.get(orderId)?.amount ?? "0";
  }

  /** Releases whatever an order still holds. */
  releaseHold(order: SimOrder): void {
    const hold = this.#holds.get(order.id);
    if (!hold) return;
    this.#holds.delete(order.id);
    this.accountOf(hold.accountId)?.adjustHold(hold.asset, `-${hold.amount}`);
  }

  #releasePart(order: SimOrder, amount: string): void {
    const hold = this.#holds.get(order.id);
    if (!hold) return;
    const part = min(amount, hold.amount);
    hold.amount = sub(hold.amount, part);
    this.accountOf(hold.accountId)?.adjustHold(hold.asset, `-${part}`);
  }

  /** Largest quantity ≤ qty the taker can pay for at `price` (liquidity providers are unlimited). */
  affordable(taker: SimOrder, pair: SimPair, price: string, qty: string): string {
    const account = taker.lp ? undefined : this.accountOf(taker.accountId);
    if (!account) return qty;
    const held = this.heldFor(taker.id);
    if (taker.side === "sell") return min(qty, add(account.available(pair.base), held));
    const budget = add(account.available(pair.quote), held);
    const unit = mul(price, add("1", div(pair.takerFee, "100", 8)));
    if (cmp(mul(qty, unit), budget) <= 0) return qty;
    return truncate(div(budget, unit, pair.qtyDecimals), pair.qtyDecimals);
  }

  /** Executes `qty` at `price` between a taker and a resting maker; returns the public trade. */
  fill(
    pair: SimPair,
    taker: SimOrder,
    maker: SimOrder,
    price: string,
    qty: string,
    now: number,
    tradeId: number,
  ): SimTrade {
    const quoteDecimals = this.registry.asset(pair.quote)?.decimals ?? 8;
    const cost = truncate(mul(qty, price), quoteDecimals);
    const takerFee = truncate(div(mul(cost, pair.takerFee), "100", quoteDecimals + 2), quoteDecimals);
    const makerFee = truncate(div(mul(cost, pair.makerFee), "100", quoteDecimals + 2), quoteDecimals);
    const trade: SimTrade = {
      tradeId,
      takerTxid: this.ids.next("T"),
      makerTxid: this.ids.next("T"),
      pair: pair.id,
      price,
      qty,
      side: taker.side,
      takerOrderType: taker.type,
      takerOrderId: taker.id,
      makerOrderId: maker.id,
      takerAccount: taker.accountId,
      makerAccount: maker.accountId,
      takerFee,
      makerFee,
      timestamp: now,
    };
    this.#apply(pair, taker, trade, trade.takerTxid, trade.makerTxid, takerFee, false);
    this.#apply(pair, maker, trade, trade.makerTxid, trade.takerTxid, makerFee, true);
    return trade;
  }

  #apply(
    pair: SimPair,
    order: SimOrder,
    trade: SimTrade,
    txid: string,
    postxid: string,
    fee: string,
    maker: boolean,
  ): void {
    const cost = truncate(mul(trade.qty, trade.price), this.registry.asset(pair.quote)?.decimals ?? 8);
    order.filled = add(order.filled, trade.qty);
    order.cost = add(order.cost, cost);
    order.fee = add(order.fee, fee);
    order.trades.push(txid);
    if (order.lp) return;
    const account = this.accountOf(order.accountId)!;
    // Release the part of the hold this fill consumed (at the order's own limit price for buys).
    if (order.side === "sell") this.#releasePart(order, trade.qty);
    else {
      const unitPrice = order.price ?? trade.price;
      this.#releasePart(order, mul(mul(trade.qty, unitPrice), add("1", div(pair.takerFee, "100", 8))));
    }
    const buy = order.side === "buy";
    const baseEntry = this.ledger(
      account,
      "trade",
      "",
      txid,
      pair.base,
      buy ? trade.qty : `-${trade.qty}`,
      "0",
      trade.timestamp,
    );
    const quoteEntry = this.ledger(
      account,
      "trade",
      "",
      txid,
      pair.quote,
      buy ? `-${cost}` : cost,
      fee,
      trade.timestamp,
    );
    account.trades.push({
      txid,
      orderId: order.id,
      postxid,
      pair: pair.id,
      time: trade.timestamp,
      side: order.side,
      orderType: order.type,
      price: trade.price,
      cost,
      fee,
      qty: trade.qty,
      maker,
      tradeId: trade.tradeId,
      ledgers: [baseEntry.id, quoteEntry.id],
    });
    this.execution(order, "trade", {
      trade: {
        execId: txid,
        tradeId: trade.tradeId,
        price: trade.price,
        qty: trade.qty,
        cost,
        fee,
        feeAsset: pair.quote,
        liquidity: maker ? "m" : "t",
      },
    });
  }

  /** Writes a ledger entry (balance changes by amount − fee) and emits a balance event. */
  ledger(
    account: Account,
    type: SimLedgerEntry["type"],
    subtype: string,
    refid: string,
    asset: string,
    amount: string,
    fee: string,
    time: number,
  ): SimLedgerEntry {
    const balance = account.credit(asset, sub(amount, fee));
    const entry: SimLedgerEntry = {
      id: this.ids.next("L"),
      accountId: account.id,
      refid,
      time,
      type,
      subtype,
      asset,
      amount: add(amount, "0"),
      fee,
      balance,
    };
    account.ledger.push(entry);
    account.balanceSequence += 1;
    this.events.emit("balance", { accountId: account.id, sequence: account.balanceSequence, ledger: entry });
    return entry;
  }

  /** Emits an execution event for a user order (liquidity-provider orders stay silent). */
  execution(
    order: SimOrder,
    execType: ExecType,
    extra: Partial<Pick<ExecutionEvent, "trade" | "amendId">> = {},
  ): void {
    if (order.lp) return;
    const account = this.accountOf(order.accountId);
    if (!account) return;
    account.executionSequence += 1;
    this.events.emit("execution", {
      accountId: account.id,
      sequence: account.executionSequence,
      execType,
      // A snapshot, so listeners that queue the event see the order as it was at this moment.
      order: { ...order, trades: [...order.trades], amends: [...order.amends] },
      ...extra,
      timestamp: this.now(),
    });
  }
}

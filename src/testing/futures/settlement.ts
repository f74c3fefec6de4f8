/**
 * The money side of a Derivatives fill, plugged into the shared matching engine: positions are
 * netted, fees and realised PnL are booked on the flex wallet's USD, the fill and account-log entries
 * are recorded, and reduce-only orders never trade past the position they reduce.
 */
import { add, isZeroValue, min, mul, sub } from "../exchange/decimal.js";
import type { MatchSettlement } from "../exchange/matching-engine.js";
import type { SimPair } from "../exchange/pairs.js";
import type { SimOrder, SimTrade } from "../exchange/types.js";
import type { FuturesAccount } from "./account.js";
import type { FuturesInstrument } from "./instruments.js";
import { applyFill, type PositionChange, reducible } from "./positions.js";
import type { AccountLogEntry, FuturesFill, FuturesOrder } from "./types.js";

/** One execution between a taker and a maker, reported to the venue for answers and history. */
export interface Execution {
  readonly executionId: string;
  readonly taker: FuturesOrder;
  readonly maker: FuturesOrder;
  /** Snapshots of both orders before the execution. */
  readonly takerBefore: FuturesOrder;
  readonly makerBefore: FuturesOrder;
  readonly price: string;
  readonly qty: string;
  readonly time: number;
  readonly tradeId: number;
}

/** What the settlement needs from the venue. */
export interface SettlementHooks {
  account(id: string): FuturesAccount | undefined;
  instrument(symbol: string): FuturesInstrument;
  uuid(): string;
  nextLogId(): number;
  executed(execution: Execution): void;
}

/** The Derivatives settlement (see the file comment). */
export class FuturesSettlement implements MatchSettlement {
  constructor(private readonly hooks: SettlementHooks) {}

  /** Reduce-only orders are capped at what still reduces the position; everything else trades in full. */
  affordable(taker: SimOrder, _pair: SimPair, _price: string, qty: string): string {
    if (taker.lp || !taker.reduceOnly) return qty;
    const account = this.hooks.account(taker.accountId);
    return account ? min(qty, reducible(account, taker.pair, taker.side, qty)) : qty;
  }

  /** Executes `qty` at `price`; returns the public trade. */
  fill(
    pair: SimPair,
    taker: SimOrder,
    maker: SimOrder,
    price: string,
    qty: string,
    now: number,
    tradeId: number,
  ): SimTrade {
    const t = taker as FuturesOrder;
    const m = maker as FuturesOrder;
    const takerBefore = { ...t, trades: [...t.trades] };
    const makerBefore = { ...m, trades: [...m.trades] };
    const executionId = this.hooks.uuid();
    const instrument = this.hooks.instrument(pair.id);
    const notional = mul(qty, price);
    const takerFee = mul(notional, instrument.takerFee);
    const makerFee = mul(notional, instrument.makerFee);
    this.#apply(t, price, qty, takerFee, "taker", executionId, now);
    this.#apply(m, price, qty, makerFee, "maker", executionId, now);
    this.hooks.executed({
      executionId,
      taker: t,
      maker: m,
      takerBefore,
      makerBefore,
      price,
      qty,
      time: now,
      tradeId,
    });
    return {
      tradeId,
      takerTxid: executionId,
      makerTxid: executionId,
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
  }

  #apply(
    order: FuturesOrder,
    price: string,
    qty: string,
    fee: string,
    role: "maker" | "taker",
    executionId: string,
    now: number,
  ): void {
    order.filled = add(order.filled, qty);
    order.cost = add(order.cost, mul(qty, price));
    order.fee = add(order.fee, fee);
    order.trades.push(executionId);
    order.lastUpdateAt = now;
    if (order.lp) return;
    const account = this.hooks.account(order.accountId);
    if (!account) return;
    const change = applyFill(account, order.pair, order.side, qty, price, now);
    const fillType = role === "taker" && order.amends.length > 1 ? "takerAfterEdit" : role;
    const fill: FuturesFill = {
      fillId: this.hooks.uuid(),
      accountId: account.id,
      symbol: order.pair,
      side: order.side,
      orderId: order.id,
      ...(order.clOrdId !== undefined ? { cliOrdId: order.clOrdId } : {}),
      price,
      size: qty,
      time: now,
      fillType,
      fee,
      executionId,
      oldPosition: change.oldSize,
      newPosition: change.newSize,
      oldAverage: change.oldAverage,
      newAverage: change.newAverage,
      realizedPnl: change.realized,
    };
    account.fills.push(fill);
    this.#book(account, order.pair, price, fee, change, executionId, now);
  }

  /** Books realised PnL minus the fee on the flex wallet's USD and logs the trade. */
  #book(
    account: FuturesAccount,
    symbol: string,
    price: string,
    fee: string,
    change: PositionChange,
    executionId: string,
    now: number,
  ): void {
    const amount = sub(change.realized, fee);
    const [oldBalance, newBalance] = isZeroValue(amount)
      ? [account.flex.get("USD") ?? "0", account.flex.get("USD") ?? "0"]
      : account.credit("flex", "USD", amount);
    const entry: AccountLogEntry = {
      id: this.hooks.nextLogId(),
      accountId: account.id,
      bookingUid: this.hooks.uuid(),
      time: now,
      info: "futures trade",
      asset: "USD",
      contract: symbol,
      oldBalance,
      newBalance,
      fee,
      realizedPnl: change.realized,
      realizedFunding: null,
      fundingRate: null,
      tradePrice: price,
      markPrice: null,
      execution: executionId,
      oldAverage: change.oldAverage,
      newAverage: change.newAverage,
    };
    account.log.push(entry);
  }
}

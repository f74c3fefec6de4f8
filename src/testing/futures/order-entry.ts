/**
 * Order entry of the venue: `sendorder`, `editorder`, `cancelorder`, `cancelallorders` and the
 * trigger firing, each producing Kraken's answer (status and order events). Book orders are matched
 * by the Spot exchange's matching engine; `mkt` is an IOC limited 1% beyond the mark, as Kraken's.
 */
import { add, cmp, isPositive, isZeroValue, mul, sub } from "../exchange/decimal.js";
import { remaining } from "../exchange/order-book.js";
import type { TimeInForce } from "../exchange/types.js";
import type { JsonValue } from "./json.js";
import { LiquidityLadder } from "./liquidity.js";
import { orderMargin } from "./margin.js";
import {
  cancelEvent,
  cancelTriggerEvent,
  editEvent,
  orderJson,
  placeEvent,
  placeTriggerEvent,
  rejectEvent,
} from "./order-json.js";
import { fieldRefusal, marketRefusal, type SendInput, validPrice, validSize } from "./order-rules.js";
import { reducible } from "./positions.js";
import { trailingStop, triggerSideOf } from "./triggers.js";
import type { FuturesOrder, TriggerOrder, TriggerSignal } from "./types.js";
import { type FuturesVenue, snapshot } from "./venue.js";

/** An order answer: Kraken's status and the events of what happened. */
export interface OrderAnswer {
  readonly status: string;
  readonly orderId?: string;
  readonly cliOrdId?: string;
  readonly receivedTime: number;
  readonly orderEvents: JsonValue[];
}

/** An `editorder` request, parsed. */
export interface EditInput {
  readonly orderId?: string;
  readonly cliOrdId?: string;
  readonly size?: string;
  readonly limitPrice?: string;
  readonly stopPrice?: string;
  readonly trailingStopMaxDeviation?: string;
  readonly trailingStopDeviationUnit?: "PERCENT" | "QUOTE_CURRENCY";
  readonly qtyMode?: "ABSOLUTE" | "RELATIVE";
}

/** An order reference (`order_id` or `cliOrdId`). */
export interface OrderRef {
  readonly orderId?: string;
  readonly cliOrdId?: string;
}

/** The venue's order entry (see the file comment). */
export class OrderEntry {
  #busy = false;

  constructor(private readonly venue: FuturesVenue) {
    venue.afterOperation = () => this.#afterOperation();
    venue.cancelAllFor = (id) => {
      this.cancelAll(id, undefined, "DEAD_MAN_SWITCH");
    };
  }

  /** `sendorder`: admits, places and matches one order. */
  send(accountId: string, input: SendInput): OrderAnswer {
    const answer = this.#send(accountId, input);
    this.#afterOperation();
    return answer;
  }

  #send(accountId: string, input: SendInput): OrderAnswer {
    const { venue } = this;
    const now = venue.clock.now();
    const cli = input.cliOrdId !== undefined ? { cliOrdId: input.cliOrdId } : {};
    const refuse = (status: string): OrderAnswer => ({ status, receivedTime: now, orderEvents: [], ...cli });
    const instrument = venue.instrument(input.symbol);
    const refusal =
      marketRefusal(venue, instrument, input.orderType) ?? fieldRefusal(venue, instrument, accountId, input);
    if (refusal) return refuse(refusal);
    const account = venue.account(accountId);
    if (input.reduceOnly && isZeroValue(reducible(account, input.symbol, input.side, input.size)))
      return refuse("wouldNotReducePosition");
    if (input.orderType === "stp" || input.orderType === "take_profit" || input.orderType === "trailing_stop")
      return this.#placeTrigger(accountId, input, now);

    const mark = venue.markPrice(input.symbol);
    const price =
      input.orderType === "mkt" ? protectedPrice(input.side, mark, instrument.tickSize) : input.limitPrice!;
    const timeInForce: TimeInForce =
      input.orderType === "ioc" || input.orderType === "mkt"
        ? "ioc"
        : input.orderType === "fok"
          ? "fok"
          : "gtc";
    const order: FuturesOrder = {
      id: venue.uuid.next(),
      accountId,
      pair: input.symbol,
      side: input.side,
      type: "limit",
      qty: input.size,
      filled: "0",
      cost: "0",
      fee: "0",
      price,
      status: "open",
      timeInForce,
      postOnly: input.orderType === "post",
      reduceOnly: input.reduceOnly === true,
      ...(input.cliOrdId !== undefined ? { clOrdId: input.cliOrdId } : {}),
      openedAt: now,
      trades: [],
      amends: [],
      lp: false,
      futuresType: input.orderType === "mkt" ? "ioc" : (input.orderType as FuturesOrder["futuresType"]),
      requestedType: input.orderType,
      lastUpdateAt: now,
    };
    order.amends.push(amendRecord(order, "original", now));
    const book = venue.books.get(input.symbol)!;
    const ids = { orderId: order.id, ...cli };
    const crosses = venue.engine.crosses(book, order);
    if (order.postOnly && crosses)
      return this.#rejected(order, "postWouldExecute", "POST_WOULD_EXECUTE", now);
    if (timeInForce !== "gtc" && !crosses)
      return this.#rejected(order, "iocWouldNotExecute", "IOC_WOULD_NOT_EXECUTE", now);
    if (crosses && input.orderType !== "mkt") {
      const away = cmp(price, mark) > 0 ? sub(price, mark) : sub(mark, price);
      if (cmp(mul(away, "10"), mark) > 0)
        return { status: "outsidePriceCollar", receivedTime: now, orderEvents: [], ...ids };
    }
    const own = this.#ownCrossed(order);
    if (own.length > 0) {
      if (account.selfTradeStrategy === "REJECT_TAKER")
        return { status: "selfFill", receivedTime: now, orderEvents: [], ...ids };
      for (const o of own) this.#cancelBookOrder(o, "WOULD_EXECUTE_SELF_REASON");
    }
    const increasing = sub(input.size, reducible(account, input.symbol, input.side, input.size));
    if (isPositive(increasing) && !order.reduceOnly) {
      const margin = orderMargin(account, venue.instruments, { ...order, qty: increasing, filled: "0" });
      if (cmp(venue.summary(accountId, margin).availableMargin, "0") < 0)
        return { status: "insufficientAvailableFunds", receivedTime: now, orderEvents: [], ...ids };
    }
    venue.orders.set(order.id, order);
    const events = this.#match(order, () => venue.engine.submit(book, venue.pairs.get(order.pair)!, order));
    if (order.status === "open") events.push(placeEvent(order));
    this.#history(order, "placed", now);
    return { status: "placed", receivedTime: now, orderEvents: events, ...ids };
  }

  #placeTrigger(accountId: string, input: SendInput, now: number): OrderAnswer {
    const { venue } = this;
    const instrument = venue.instrument(input.symbol);
    const orderType = input.orderType as TriggerOrder["orderType"];
    const signal: TriggerSignal = input.triggerSignal ?? "mark";
    const trailing =
      orderType === "trailing_stop"
        ? { maxDeviation: input.trailingStopMaxDeviation!, unit: input.trailingStopDeviationUnit! }
        : undefined;
    const reference = this.#signal(input.symbol, signal) ?? venue.markPrice(input.symbol);
    const trigger: TriggerOrder = {
      uid: venue.uuid.next(),
      accountId,
      symbol: input.symbol,
      side: input.side,
      orderType,
      size: input.size,
      stopPrice: trailing
        ? trailingStop(input.side, reference, trailing, instrument.tickSize)
        : input.stopPrice!,
      ...(input.limitPrice !== undefined ? { limitPrice: input.limitPrice } : {}),
      triggerSignal: signal,
      triggerSide: triggerSideOf(orderType, input.side),
      reduceOnly: input.reduceOnly === true,
      ...(input.cliOrdId !== undefined ? { cliOrdId: input.cliOrdId } : {}),
      receivedAt: now,
      lastUpdateAt: now,
      ...(trailing ? { trailing } : {}),
      status: "open",
    };
    venue.triggers.add(trigger);
    venue.history.push({
      uid: trigger.uid,
      accountId,
      time: now,
      kind: "triggerPlaced",
      trigger: snapshot(trigger),
    });
    return {
      status: "placed",
      orderId: trigger.uid,
      ...(input.cliOrdId !== undefined ? { cliOrdId: input.cliOrdId } : {}),
      receivedTime: now,
      orderEvents: [placeTriggerEvent(trigger)],
    };
  }

  #rejected(
    order: FuturesOrder,
    status: string,
    reason: "POST_WOULD_EXECUTE" | "IOC_WOULD_NOT_EXECUTE",
    now: number,
  ): OrderAnswer {
    order.status = "canceled";
    order.closedAt = now;
    order.reason = reason;
    this.venue.orders.set(order.id, order);
    this.#history(order, "rejected", now, reason);
    return {
      status,
      orderId: order.id,
      ...(order.clOrdId !== undefined ? { cliOrdId: order.clOrdId } : {}),
      receivedTime: now,
      orderEvents: [rejectEvent(order, reason)],
    };
  }

  /** Own resting orders an order would trade against. */
  #ownCrossed(order: FuturesOrder): FuturesOrder[] {
    const book = this.venue.books.get(order.pair)!;
    const out: FuturesOrder[] = [];
    for (const level of book.side(order.side === "buy" ? "sell" : "buy")) {
      const c = cmp(level.price, order.price!);
      if (order.side === "buy" ? c > 0 : c < 0) break;
      for (const o of level.orders) if (o.accountId === order.accountId && !o.lp) out.push(o as FuturesOrder);
    }
    return out;
  }

  /** Runs matching with the order's executions captured as answer events. */
  #match(order: FuturesOrder, run: () => void): JsonValue[] {
    const capture = { takerId: order.id, events: [] as JsonValue[] };
    this.venue.capture = capture;
    try {
      run();
    } finally {
      this.venue.capture = undefined;
    }
    return capture.events;
  }

  /** `editorder`. */
  edit(accountId: string, input: EditInput): OrderAnswer {
    const answer = this.#edit(accountId, input);
    this.#afterOperation();
    return answer;
  }

  #edit(accountId: string, input: EditInput): OrderAnswer {
    const { venue } = this;
    const now = venue.clock.now();
    const found = this.#find(accountId, input);
    const ids = {
      ...(input.orderId !== undefined ? { orderId: input.orderId } : {}),
      ...(input.cliOrdId !== undefined ? { cliOrdId: input.cliOrdId } : {}),
    };
    const refuse = (status: string): OrderAnswer => ({ status, receivedTime: now, orderEvents: [], ...ids });
    if (!found) return refuse("orderForEditNotFound");
    if ("uid" in found) return this.#editTrigger(found, input, now);
    const order = found;
    const instrument = venue.instrument(order.pair);
    if (input.stopPrice !== undefined) return refuse("orderForEditNotAStop");
    let qty = order.qty;
    if (input.size !== undefined) {
      if (!validSize(instrument, input.size)) return refuse("invalidSize");
      qty = input.qtyMode === "ABSOLUTE" ? input.size : add(order.filled, input.size);
      if (cmp(qty, order.filled) <= 0) return refuse("invalidSize");
    }
    const price = input.limitPrice ?? order.price!;
    if (!validPrice(instrument, price)) return refuse("invalidPrice");
    const probe = { ...order, price, qty };
    const book = venue.books.get(order.pair)!;
    if (order.postOnly && venue.engine.crosses(book, probe)) return refuse("postWouldExecute");
    const account = venue.account(accountId);
    const extra = sub(
      orderMargin(account, venue.instruments, probe),
      orderMargin(account, venue.instruments, order),
    );
    if (isPositive(extra) && cmp(venue.summary(accountId, extra).availableMargin, "0") < 0)
      return refuse("insufficientAvailableFunds");
    const old = orderJson(order);
    const before = snapshot(order);
    const repriced = price !== order.price || cmp(qty, order.qty) > 0;
    order.lastUpdateAt = now;
    let events: JsonValue[] = [];
    if (repriced) {
      book.remove(order);
      order.price = price;
      order.qty = qty;
      order.amends.push(amendRecord(order, "user", now));
      events = this.#match(order, () => venue.engine.execute(book, venue.pairs.get(order.pair)!, order));
    } else {
      order.qty = qty;
      order.amends.push(amendRecord(order, "user", now));
    }
    this.#history(order, "edited", now, undefined, before);
    return {
      status: "edited",
      orderId: order.id,
      ...(order.clOrdId !== undefined ? { cliOrdId: order.clOrdId } : {}),
      receivedTime: now,
      orderEvents: [editEvent(old, order), ...events],
    };
  }

  #editTrigger(t: TriggerOrder, input: EditInput, now: number): OrderAnswer {
    const instrument = this.venue.instrument(t.symbol);
    const ids = { orderId: t.uid, ...(t.cliOrdId !== undefined ? { cliOrdId: t.cliOrdId } : {}) };
    const refuse = (status: string): OrderAnswer => ({ status, receivedTime: now, orderEvents: [], ...ids });
    if (t.trailing && input.stopPrice !== undefined) return refuse("cannotEditTriggerPriceOfTrailingStop");
    if (t.trailing && input.limitPrice !== undefined) return refuse("cannotEditLimitPriceOfTrailingStop");
    if (input.size !== undefined && !validSize(instrument, input.size)) return refuse("invalidSize");
    if (input.stopPrice !== undefined && !validPrice(instrument, input.stopPrice))
      return refuse("invalidPrice");
    if (input.limitPrice !== undefined && !validPrice(instrument, input.limitPrice))
      return refuse("invalidPrice");
    if (input.size !== undefined) t.size = input.size;
    if (input.stopPrice !== undefined) t.stopPrice = input.stopPrice;
    if (input.limitPrice !== undefined) t.limitPrice = input.limitPrice;
    t.lastUpdateAt = now;
    return { status: "edited", receivedTime: now, orderEvents: [], ...ids };
  }

  /** `cancelorder`. */
  cancel(accountId: string, ref: OrderRef): OrderAnswer {
    const now = this.venue.clock.now();
    const found = this.#find(accountId, ref);
    const ids = {
      ...(ref.orderId !== undefined ? { orderId: ref.orderId } : {}),
      ...(ref.cliOrdId !== undefined ? { cliOrdId: ref.cliOrdId } : {}),
    };
    if (!found) {
      this.venue.sweepEnded();
      const ended = [...this.venue.orders.values()].find(
        (o) =>
          o.accountId === accountId &&
          (o.id === ref.orderId || (ref.cliOrdId !== undefined && o.clOrdId === ref.cliOrdId)),
      );
      const status = ended?.status === "closed" ? "filled" : "notFound";
      return { status, receivedTime: now, orderEvents: [], ...ids };
    }
    if ("uid" in found) {
      this.#cancelTrigger(found);
      return {
        status: "cancelled",
        receivedTime: now,
        orderEvents: [cancelTriggerEvent(found)],
        orderId: found.uid,
        ...(found.cliOrdId !== undefined ? { cliOrdId: found.cliOrdId } : {}),
      };
    }
    this.#cancelBookOrder(found, "CANCELLED_BY_USER");
    return {
      status: "cancelled",
      orderId: found.id,
      ...(found.clOrdId !== undefined ? { cliOrdId: found.clOrdId } : {}),
      receivedTime: now,
      orderEvents: [cancelEvent(found)],
    };
  }

  /** `cancelallorders` (and the dead man's switch): cancels every open order, optionally of one symbol. */
  cancelAll(
    accountId: string,
    symbol?: string,
    reason = "CANCELLED_BY_USER",
  ): { cancelled: Array<{ orderId: string; cliOrdId?: string }>; events: JsonValue[] } {
    const cancelled: Array<{ orderId: string; cliOrdId?: string }> = [];
    const events: JsonValue[] = [];
    for (const o of this.venue.openOrders(accountId, symbol)) {
      this.#cancelBookOrder(o, reason);
      cancelled.push({ orderId: o.id, ...(o.clOrdId !== undefined ? { cliOrdId: o.clOrdId } : {}) });
      events.push(cancelEvent(o));
    }
    // Trigger orders are listed as cancelled; Kraken's cancel-all events carry book orders only.
    for (const t of this.venue.triggers.list(accountId, symbol)) {
      this.#cancelTrigger(t);
      cancelled.push({ orderId: t.uid, ...(t.cliOrdId !== undefined ? { cliOrdId: t.cliOrdId } : {}) });
    }
    return { cancelled, events };
  }

  #cancelBookOrder(o: FuturesOrder, reason: string): void {
    this.venue.endOrder(o, "canceled", reason);
    this.#history(o, "cancelled", this.venue.clock.now(), reason);
  }

  #cancelTrigger(t: TriggerOrder): void {
    const now = this.venue.clock.now();
    this.venue.triggers.remove(t.uid);
    t.status = "cancelled";
    t.lastUpdateAt = now;
    this.venue.history.push({
      uid: t.uid,
      accountId: t.accountId,
      time: now,
      kind: "triggerCancelled",
      trigger: snapshot(t),
    });
  }

  /** An open book order or trigger of the account by id or client id. */
  #find(accountId: string, ref: OrderRef): FuturesOrder | TriggerOrder | undefined {
    const matches = (id: string, cli: string | undefined) =>
      (ref.orderId !== undefined && id === ref.orderId) ||
      (ref.orderId === undefined && ref.cliOrdId !== undefined && cli === ref.cliOrdId);
    const order = this.venue.openOrders(accountId).find((o) => matches(o.id, o.clOrdId));
    if (order) return order;
    return this.venue.triggers.list(accountId).find((t) => matches(t.uid, t.cliOrdId));
  }

  #history(
    o: FuturesOrder,
    kind: "placed" | "cancelled" | "edited" | "rejected",
    time: number,
    reason?: string,
    old?: FuturesOrder,
  ): void {
    this.venue.history.push({
      uid: o.id,
      accountId: o.accountId,
      time,
      kind,
      order: snapshot(o),
      ...(old ? { old } : {}),
      ...(reason ? { reason } : {}),
    });
  }

  #signal(symbol: string, signal: TriggerSignal): string | undefined {
    if (signal === "mark") return this.venue.markPrice(symbol);
    if (signal === "index") return this.venue.indexPrice(symbol);
    return this.venue.lastTrade(symbol)?.price;
  }

  /** Fires due triggers (repeatedly: a fill may trigger more) and tops the liquidity up. */
  #afterOperation(): void {
    if (this.#busy) return;
    this.#busy = true;
    try {
      for (let pass = 0; pass < 10; pass++) {
        let fired = 0;
        for (const instrument of this.venue.instruments.values()) {
          const now = this.venue.clock.now();
          const due = this.venue.triggers.due(
            instrument.symbol,
            (s) => this.#signal(instrument.symbol, s),
            instrument.tickSize,
            now,
          );
          for (const t of due) {
            fired += 1;
            this.venue.triggers.remove(t.uid);
            t.status = "triggered";
            this.venue.history.push({
              uid: t.uid,
              accountId: t.accountId,
              time: now,
              kind: "triggerActivated",
              trigger: snapshot(t),
            });
            this.#send(t.accountId, {
              orderType: t.limitPrice !== undefined ? "lmt" : "mkt",
              symbol: t.symbol,
              side: t.side,
              size: t.size,
              ...(t.limitPrice !== undefined ? { limitPrice: t.limitPrice } : {}),
              ...(t.cliOrdId !== undefined ? { cliOrdId: t.cliOrdId } : {}),
              reduceOnly: t.reduceOnly,
            });
          }
        }
        this.venue.refreshLiquidity();
        if (fired === 0) break;
      }
    } finally {
      this.#busy = false;
    }
  }
}

/** A `mkt` order's protective limit: 1% through the mark, on the tick. */
export function protectedPrice(side: "buy" | "sell", mark: string, tick: string): string {
  if (side === "buy") return LiquidityLadder.toTick(mul(mark, "1.01"), tick);
  const down = LiquidityLadder.toTick(mul(mark, "0.99"), tick);
  return cmp(down, mul(mark, "0.99")) < 0 ? add(down, tick) : down;
}

function amendRecord(order: FuturesOrder, amendType: "original" | "user", now: number) {
  return {
    amendId: `${order.id}-${order.amends.length}`,
    amendType,
    orderQty: order.qty,
    remainingQty: remaining(order),
    ...(order.price !== undefined ? { limitPrice: order.price } : {}),
    postOnly: order.postOnly,
    timestamp: now,
  } as const;
}

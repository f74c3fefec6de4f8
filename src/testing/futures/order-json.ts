/**
 * Kraken's order shapes as JSON trees: `OrderJson`, `OrderTriggerJson`, and the order events
 * (`PLACE`, `EXECUTION`, `CANCEL`, `EDIT`, `REJECT`) that order answers carry.
 */
import { remaining } from "../exchange/order-book.js";
import { isoMs, type JsonValue, n, nOrNull } from "./json.js";
import type { Execution } from "./settlement.js";
import type { FuturesOrder, TriggerOrder } from "./types.js";

/** `OrderJson` of a book order. */
export function orderJson(o: FuturesOrder): JsonValue {
  return {
    orderId: o.id,
    cliOrdId: o.clOrdId ?? null,
    type: o.futuresType,
    symbol: o.pair,
    side: o.side,
    quantity: n(o.qty),
    filled: n(o.filled),
    limitPrice: n(o.price ?? "0"),
    reduceOnly: o.reduceOnly,
    timestamp: isoMs(o.openedAt),
    lastUpdateTimestamp: isoMs(o.lastUpdateAt),
  };
}

const SIGNALS = { mark: "mark_price", index: "spot_price", last: "last_price" } as const;

/** `OrderTriggerJson` of a trigger order. */
export function triggerJson(t: TriggerOrder): JsonValue {
  return {
    uid: t.uid,
    clientId: t.cliOrdId ?? null,
    type: t.limitPrice !== undefined ? "lmt" : "ioc",
    symbol: t.symbol,
    side: t.side,
    quantity: n(t.size),
    limitPrice: nOrNull(t.limitPrice),
    triggerPrice: n(t.stopPrice),
    triggerSide: t.triggerSide,
    triggerSignal: SIGNALS[t.triggerSignal],
    reduceOnly: t.reduceOnly,
    timestamp: isoMs(t.receivedAt),
    lastUpdateTimestamp: isoMs(t.lastUpdateAt),
    startTime: null,
  };
}

/** A `PLACE` event of an order that rests on the book. */
export function placeEvent(o: FuturesOrder): JsonValue {
  return { type: "PLACE", order: orderJson(o), reducedQuantity: null };
}

/** A `PLACE` event of a trigger order. */
export function placeTriggerEvent(t: TriggerOrder): JsonValue {
  return { type: "PLACE", orderTrigger: triggerJson(t) };
}

/** The taker side's `EXECUTION` event. */
export function executionEvent(e: Execution): JsonValue {
  return {
    type: "EXECUTION",
    executionId: e.executionId,
    price: n(e.price),
    amount: n(e.qty),
    orderPriorEdit: null,
    orderPriorExecution: orderJson(e.takerBefore),
    takerReducedQuantity: null,
  };
}

/** A `CANCEL` event of a book order. */
export function cancelEvent(o: FuturesOrder): JsonValue {
  return { type: "CANCEL", uid: o.id, order: orderJson(o) };
}

/** A `CANCEL` event of a trigger order. */
export function cancelTriggerEvent(t: TriggerOrder): JsonValue {
  return { type: "CANCEL", uid: t.uid, orderTrigger: triggerJson(t) };
}

/** An `EDIT` event. */
export function editEvent(old: JsonValue, now: FuturesOrder): JsonValue {
  return { type: "EDIT", old, new: orderJson(now), reducedQuantity: null };
}

/** A `REJECT` event (post-only that would execute, IOC that would not). */
export function rejectEvent(
  o: FuturesOrder,
  reason: "POST_WOULD_EXECUTE" | "IOC_WOULD_NOT_EXECUTE",
): JsonValue {
  return { type: "REJECT", uid: o.id, order: orderJson(o), reason };
}

/** The `OpenOrderJson` of a book order or a trigger (`/openorders`). */
export function openOrderJson(o: FuturesOrder | TriggerOrder): JsonValue {
  if ("uid" in o) {
    return {
      order_id: o.uid,
      cliOrdId: o.cliOrdId,
      status: "untouched",
      side: o.side,
      orderType: o.orderType === "stp" ? "stop" : o.orderType,
      symbol: o.symbol,
      limitPrice: nOrNull(o.limitPrice) ?? undefined,
      stopPrice: n(o.stopPrice),
      filledSize: n("0"),
      unfilledSize: n(o.size),
      reduceOnly: o.reduceOnly,
      triggerSignal: o.triggerSignal === "index" ? "spot" : o.triggerSignal,
      lastUpdateTime: isoMs(o.lastUpdateAt),
      receivedTime: isoMs(o.receivedAt),
    };
  }
  return {
    order_id: o.id,
    cliOrdId: o.clOrdId,
    status: o.filled === "0" ? "untouched" : "partiallyFilled",
    side: o.side,
    orderType: "lmt",
    symbol: o.pair,
    limitPrice: n(o.price ?? "0"),
    filledSize: n(o.filled),
    unfilledSize: n(remaining(o)),
    reduceOnly: o.reduceOnly,
    lastUpdateTime: isoMs(o.lastUpdateAt),
    receivedTime: isoMs(o.openedAt),
  };
}

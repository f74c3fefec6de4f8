import { normalize } from "./decimal.js";
import { remaining } from "./order-book.js";
import { hasLimitPrice, isTriggered } from "./order-rules.js";
import type { SimPair } from "./pairs.js";
import type { AmendRecord, PlaceOrderInput, SimOrder } from "./types.js";

/**
 * The order a (validated) placement input becomes, still `pending` and unfilled. For triggered types
 * the input's `price` is the trigger and `price2` the limit, so they land in different fields.
 */
export function newOrder(
  input: PlaceOrderInput,
  accountId: string,
  pair: SimPair,
  id: string,
  now: number,
  lp: boolean,
): SimOrder {
  const order: SimOrder = {
    id,
    accountId,
    pair: pair.id,
    side: input.side,
    type: input.type,
    qty: input.cashQty !== undefined ? "0" : normalize(input.qty),
    filled: "0",
    cost: "0",
    fee: "0",
    status: "pending",
    timeInForce: input.timeInForce ?? "gtc",
    postOnly: input.postOnly === true,
    reduceOnly: input.reduceOnly === true,
    ...(input.clOrdId !== undefined ? { clOrdId: input.clOrdId } : {}),
    ...(input.userref !== undefined ? { userref: input.userref } : {}),
    ...(input.displayQty !== undefined ? { displayQty: normalize(input.displayQty) } : {}),
    ...(input.cashQty !== undefined ? { cashQty: normalize(input.cashQty) } : {}),
    ...(input.feePreference !== undefined ? { feePreference: input.feePreference } : {}),
    ...(input.expireAt !== undefined ? { expireAt: input.expireAt } : {}),
    openedAt: now,
    trades: [],
    amends: [],
    lp,
  };
  if (hasLimitPrice(order.type)) order.price = normalize(input.price!);
  if (isTriggered(order.type)) {
    order.triggerPrice = input.price!;
    if (input.price2 !== undefined) order.price = normalize(input.price2);
  }
  return order;
}

/** A snapshot of an order's terms for its amend history (REST OrderAmends). */
export function amendRecord(
  order: SimOrder,
  amendType: AmendRecord["amendType"],
  amendId: string,
  timestamp: number,
): AmendRecord {
  return {
    amendId,
    amendType,
    orderQty: order.qty,
    ...(order.displayQty !== undefined ? { displayQty: order.displayQty } : {}),
    remainingQty: remaining(order),
    ...(order.price !== undefined ? { limitPrice: order.price } : {}),
    ...(order.triggerPrice !== undefined ? { triggerPrice: order.triggerPrice } : {}),
    postOnly: order.postOnly,
    timestamp,
  };
}

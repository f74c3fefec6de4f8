import { fixed } from "./decimal.js";
import { isTriggered } from "./order-rules.js";
import type { SimPair } from "./pairs.js";
import type { SimOrder } from "./types.js";

/** Kraken's order description text (`buy 1.25000000 XBTUSD @ limit 27500.0`). */
export function describeOrder(pair: SimPair, order: SimOrder): string {
  const qty = order.cashQty !== undefined ? order.cashQty : fixed(order.qty, pair.qtyDecimals);
  const head = `${order.side} ${qty} ${pair.altname} @ `;
  if (order.type === "market") return `${head}market`;
  if (isTriggered(order.type)) {
    const trig = order.triggerPrice ?? "";
    return order.price !== undefined
      ? `${head}${order.type} ${trig} -> limit ${order.price}`
      : `${head}${order.type} ${trig}`;
  }
  return `${head}${order.type} ${fixed(order.price ?? "0", pair.priceDecimals)}`;
}

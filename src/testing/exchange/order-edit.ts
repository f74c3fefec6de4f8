import type { Account } from "./account.js";
import { cmp, normalize, sub } from "./decimal.js";
import type { EditInput, OrderRef } from "./exchange-options.js";
import { isTriggered } from "./order-rules.js";
import type { Settlement } from "./settlement.js";
import { ExchangeError, type PlaceOrderInput, type SimOrder } from "./types.js";

/**
 * Cancel-and-replace edits (REST EditOrder, WS edit_order): the pieces that differ from a plain
 * placement. The exchange validates the replacement, cancels the original, then places it.
 */

/** The orders an edit names: an all-digit id is a userref (Kraken's EditOrder takes either). */
export function editTarget(orderId: string): OrderRef {
  return /^\d+$/.test(orderId) ? { userref: Number(orderId) } : { orderId };
}

/**
 * The placement (validate-only) that replaces `original`: its unfilled rest with the edited fields.
 * Triggered orders cannot be edited, nor can the quantity go down to what already filled.
 */
export function replacementOrder(original: SimOrder, input: EditInput): PlaceOrderInput {
  if (isTriggered(original.type)) throw new ExchangeError("EOrder:Invalid order");
  const qty = input.qty !== undefined ? normalize(input.qty) : original.qty;
  if (cmp(qty, original.filled) <= 0) throw new ExchangeError("EOrder:Invalid order");
  return {
    pair: original.pair,
    side: original.side,
    type: original.type,
    qty: sub(qty, original.filled),
    ...((input.price ?? original.price) ? { price: input.price ?? original.price } : {}),
    ...(input.price2 ? { price2: input.price2 } : {}),
    timeInForce: original.timeInForce,
    postOnly: input.postOnly ?? false,
    ...(input.userref !== undefined ? { userref: input.userref } : {}),
    validate: true,
  };
}

/**
 * Runs `check` as if the original's hold were already released, so the replacement is validated
 * against the funds the edit frees; the hold is back in place afterwards.
 */
export function withHoldLifted<T>(
  settlement: Settlement,
  account: Account,
  original: SimOrder,
  check: () => T,
): T {
  const held = settlement.heldFor(original.id);
  account.adjustHold(settlement.holdAsset(original), `-${held}`);
  try {
    return check();
  } finally {
    account.adjustHold(settlement.holdAsset(original), held);
  }
}

/**
 * Position netting: a fill increases, reduces, closes or reverses an account's single position per
 * instrument; the average entry price is the size-weighted mean of the opening fills, and the part
 * of a fill that reduces the position realises PnL at (fill price − entry price) × size.
 */
import { add, cmp, div, isPositive, isZeroValue, mul, sub, truncate } from "../exchange/decimal.js";
import type { FuturesAccount } from "./account.js";
import type { FuturesPosition } from "./types.js";

/** What a fill did to a position. */
export interface PositionChange {
  readonly oldSize: string;
  readonly newSize: string;
  readonly oldAverage: string;
  readonly newAverage: string;
  /** Realised PnL in the quote currency (USD). */
  readonly realized: string;
  readonly kind: "open" | "close" | "increase" | "decrease" | "reverse";
}

function abs(a: string): string {
  return a.startsWith("-") ? a.slice(1) : a;
}

function sign(a: string): -1 | 0 | 1 {
  return cmp(a, "0");
}

/** Decimals kept for average entry prices. */
const AVERAGE_DECIMALS = 10;

/** Applies a fill of `qty` at `price` (`buy` adds, `sell` subtracts) to the account's position. */
export function applyFill(
  account: FuturesAccount,
  symbol: string,
  side: "buy" | "sell",
  qty: string,
  price: string,
  now: number,
): PositionChange {
  const current: FuturesPosition | undefined = account.positions.get(symbol);
  const oldSize = current?.size ?? "0";
  const oldAverage = current?.price ?? "0";
  const delta = side === "buy" ? qty : `-${qty}`;
  const newSize = add(oldSize, delta);
  let realized = "0";
  let newAverage = oldAverage;
  let kind: PositionChange["kind"];
  if (isZeroValue(oldSize)) {
    kind = "open";
    newAverage = price;
  } else if (sign(oldSize) === sign(delta)) {
    kind = "increase";
    const total = add(mul(abs(oldSize), oldAverage), mul(qty, price));
    newAverage = truncate(div(total, abs(newSize), AVERAGE_DECIMALS), AVERAGE_DECIMALS);
  } else {
    const closed = cmp(qty, abs(oldSize)) <= 0 ? qty : abs(oldSize);
    const perUnit = sign(oldSize) > 0 ? sub(price, oldAverage) : sub(oldAverage, price);
    realized = mul(perUnit, closed);
    if (isZeroValue(newSize)) kind = "close";
    else if (sign(newSize) === sign(oldSize)) kind = "decrease";
    else {
      kind = "reverse";
      newAverage = price;
    }
  }
  if (isZeroValue(newSize)) account.positions.delete(symbol);
  else if (current && kind !== "reverse") {
    current.size = newSize;
    current.price = newAverage;
  } else {
    account.positions.set(symbol, {
      symbol,
      size: newSize,
      price: newAverage,
      fillTime: now,
      unrealizedFunding: "0",
    });
  }
  return {
    oldSize,
    newSize,
    oldAverage,
    newAverage: isZeroValue(newSize) ? "0" : newAverage,
    realized,
    kind,
  };
}

/** How much of `qty` a reduce-only order may still trade against the account's position. */
export function reducible(
  account: FuturesAccount,
  symbol: string,
  side: "buy" | "sell",
  qty: string,
): string {
  const size = account.positionSize(symbol);
  const opposite = side === "buy" ? sign(size) < 0 : sign(size) > 0;
  if (!opposite) return "0";
  const room = abs(size);
  return isPositive(sub(qty, room)) ? room : qty;
}

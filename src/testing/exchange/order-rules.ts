/**
 * Kraken's order checks of the Spot exchange. Error strings: from Kraken's errors guide
 * `EOrder:Invalid price`, `EOrder:Tick size check failed`, `EOrder:Order minimum not met`,
 * `EOrder:Cost minimum not met`, `EService:Market in cancel_only mode`, `EService:Market in post_only mode`,
 * `EService:Unavailable`, `EQuery:Unknown asset pair` and the `EGeneral:Invalid arguments:<field>` form.
 * Assumed (the guide lists none): `EService:Market in limit_only mode` and `... reduce_only mode` (the
 * documented pattern), `EQuery:Unknown asset pair` for a delisted pair, and the `volume` and `leverage`
 * fields of `EGeneral:Invalid arguments` for quantity decimals and leverage not offered.
 */
import { cmp, decimalsOf, isDecimal, isMultipleOf, isPositive, mul, normalize } from "./decimal.js";
import type { SimPair } from "./pairs.js";
import {
  ExchangeError,
  type OrderType,
  type PlaceOrderInput,
  type SimOrder,
  type SystemStatus,
} from "./types.js";

const ORDER_TYPES: ReadonlySet<string> = new Set<OrderType>([
  "market",
  "limit",
  "iceberg",
  "stop-loss",
  "take-profit",
  "stop-loss-limit",
  "take-profit-limit",
  "trailing-stop",
  "trailing-stop-limit",
  "settle-position",
]);

/** Order types whose `price` is a limit price (they can rest in the book). */
export function hasLimitPrice(type: OrderType): boolean {
  return type === "limit" || type === "iceberg";
}

/** Order types that wait for a trigger before they execute. */
export function isTriggered(type: OrderType): boolean {
  return type.startsWith("stop-loss") || type.startsWith("take-profit") || type.startsWith("trailing-stop");
}

// cl_ord_id: long UUID, short UUID (32 hex) or up to 18 printable ASCII characters.
const CL_ORD_ID =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32}|[\x21-\x7e]{1,18})$/;

/** Rejects trading while the exchange is not fully online, with Kraken's error strings. */
export function checkStatusForPlace(status: SystemStatus, postOnly: boolean): void {
  if (status === "maintenance") throw new ExchangeError("EService:Unavailable");
  if (status === "cancel_only") throw new ExchangeError("EService:Market in cancel_only mode");
  if (status === "post_only" && !postOnly) throw new ExchangeError("EService:Market in post_only mode");
}

/** Rejects cancels during maintenance. */
export function checkStatusForCancel(status: SystemStatus): void {
  if (status === "maintenance") throw new ExchangeError("EService:Unavailable");
}

/** Rejects orders the pair's own status does not allow, with Kraken's error strings. */
export function checkPairStatus(pair: SimPair, input: PlaceOrderInput): void {
  const s = pair.status ?? "online";
  if (s === "delisted") throw new ExchangeError("EQuery:Unknown asset pair");
  if (s === "cancel_only") throw new ExchangeError("EService:Market in cancel_only mode");
  if (s === "post_only" && !input.postOnly) throw new ExchangeError("EService:Market in post_only mode");
  if (s === "limit_only" && input.type !== "limit")
    throw new ExchangeError("EService:Market in limit_only mode");
  if (s === "reduce_only" && !input.reduceOnly)
    throw new ExchangeError("EService:Market in reduce_only mode");
}

/** Checks a price's shape, sign and tick size against the pair. */
export function checkPrice(pair: SimPair, price: string | undefined, field: string): string {
  if (price === undefined || price === "") throw new ExchangeError(`EGeneral:Invalid arguments:${field}`);
  if (!isDecimal(price)) throw new ExchangeError(`EGeneral:Invalid arguments:${field}`);
  if (!isPositive(price)) throw new ExchangeError("EOrder:Invalid price");
  if (decimalsOf(price) > pair.priceDecimals || !isMultipleOf(price, pair.tickSize)) {
    throw new ExchangeError("EOrder:Tick size check failed");
  }
  return normalize(price);
}

/**
 * Validates everything about an order that does not depend on the book or balances, in the order
 * Kraken reports problems: arguments, pair, quantity shape, prices and tick size, minimums.
 */
export function checkOrderShape(pair: SimPair, input: PlaceOrderInput): void {
  if (input.leverage !== undefined && input.leverage !== "none") {
    const allowed = (input.side === "sell" ? pair.leverageSell : pair.leverageBuy) ?? [];
    if (!allowed.includes(Number(input.leverage.split(":")[0])))
      throw new ExchangeError("EGeneral:Invalid arguments:leverage");
  }
  if (input.side !== "buy" && input.side !== "sell")
    throw new ExchangeError("EGeneral:Invalid arguments:type");
  if (!ORDER_TYPES.has(input.type)) throw new ExchangeError("EGeneral:Invalid arguments:ordertype");
  if (input.type === "settle-position") throw new ExchangeError("EOrder:Unknown position");
  if (input.clOrdId !== undefined && input.userref !== undefined) {
    throw new ExchangeError("EGeneral:Invalid arguments:cl_ord_id and userref are mutually exclusive");
  }
  if (input.clOrdId !== undefined && !CL_ORD_ID.test(input.clOrdId)) {
    throw new ExchangeError("EGeneral:Invalid arguments:cl_ord_id");
  }
  if (
    input.userref !== undefined &&
    (!Number.isInteger(input.userref) || Math.abs(input.userref) > 2 ** 31)
  ) {
    throw new ExchangeError("EGeneral:Invalid arguments:userref");
  }
  const cash = input.cashQty !== undefined;
  if (cash) {
    if (input.type !== "market" || input.side !== "buy")
      throw new ExchangeError("EGeneral:Invalid arguments:viqc");
    if (!isDecimal(input.cashQty) || !isPositive(input.cashQty!)) {
      throw new ExchangeError("EGeneral:Invalid arguments:volume");
    }
  } else {
    if (!isDecimal(input.qty) || !isPositive(input.qty))
      throw new ExchangeError("EGeneral:Invalid arguments:volume");
    if (decimalsOf(input.qty) > pair.qtyDecimals)
      throw new ExchangeError("EGeneral:Invalid arguments:volume");
    if (cmp(input.qty, pair.ordermin) < 0) throw new ExchangeError("EOrder:Order minimum not met");
  }
  if (input.postOnly && !hasLimitPrice(input.type))
    throw new ExchangeError("EGeneral:Invalid arguments:oflags");
  if (input.timeInForce === "fok" && input.type !== "limit") {
    throw new ExchangeError("EGeneral:Invalid arguments:timeinforce");
  }
  if (input.timeInForce === "gtd" && input.expireAt === undefined) {
    throw new ExchangeError("EGeneral:Invalid arguments:expiretm");
  }
  if (hasLimitPrice(input.type)) {
    const price = checkPrice(pair, input.price, "price");
    if (cmp(mul(price, input.qty), pair.costmin) < 0) throw new ExchangeError("EOrder:Cost minimum not met");
  } else if (isTriggered(input.type)) {
    if (input.type.startsWith("trailing-stop")) {
      if (input.price === undefined || !isDecimal(input.price.replace(/%$/, ""))) {
        throw new ExchangeError("EGeneral:Invalid arguments:price");
      }
    } else {
      checkPrice(pair, input.price, "price");
    }
    if (input.type.endsWith("-limit") && !input.type.startsWith("trailing"))
      checkPrice(pair, input.price2, "price2");
  }
  if (input.type === "iceberg" && input.displayQty !== undefined) {
    if (!isDecimal(input.displayQty) || cmp(mul(input.displayQty, "15"), input.qty) < 0) {
      throw new ExchangeError("EGeneral:Invalid arguments:displayvol");
    }
  }
}

/**
 * Validates a whole batch before any of its orders is placed, so one bad order rejects them all:
 * 2-15 orders of one pair, the trading status (post-only mode needs every order post-only) and each
 * order's shape. Returns the pair id.
 */
export function checkBatch(
  inputs: readonly PlaceOrderInput[],
  pairOf: (name: string) => SimPair,
  status: SystemStatus,
): string {
  if (inputs.length < 2 || inputs.length > 15) throw new ExchangeError("EGeneral:Invalid arguments:orders");
  const pairs = new Set(inputs.map((i) => pairOf(i.pair).id));
  if (pairs.size !== 1) throw new ExchangeError("EGeneral:Invalid arguments:pair");
  checkStatusForPlace(
    status,
    inputs.every((i) => i.postOnly === true),
  );
  for (const input of inputs) {
    checkPairStatus(pairOf(input.pair), input);
    checkOrderShape(pairOf(input.pair), input);
  }
  return [...pairs][0]!;
}

/** Whether the last trade price reached a stop-loss / take-profit trigger. */
export function triggerCrossed(o: SimOrder, last: string): boolean {
  const c = cmp(last, o.triggerPrice ?? "0");
  const stop = o.type.startsWith("stop-loss");
  // Stops fire when the price moves against the position, take-profits when it moves in favour.
  if (o.side === "sell") return stop ? c <= 0 : c >= 0;
  return stop ? c >= 0 : c <= 0;
}

/**
 * Kraken's admission checks of a Derivatives order, in the order Kraken reports them: each returns
 * the `sendStatus.status` refusal (`invalidSize`, `invalidPrice`, `marketSuspended`, ...) or
 * undefined when the order may go on.
 */
import { cmp, isMultipleOf, isPositive } from "../exchange/decimal.js";
import { type FuturesInstrument, sizeStep } from "./instruments.js";
import type { FuturesOrderType, TriggerSignal } from "./types.js";
import type { FuturesVenue } from "./venue.js";

/** A `sendorder` request, parsed. */
export interface SendInput {
  readonly orderType: FuturesOrderType;
  readonly symbol: string;
  readonly side: "buy" | "sell";
  readonly size: string;
  readonly limitPrice?: string;
  readonly stopPrice?: string;
  readonly cliOrdId?: string;
  readonly triggerSignal?: TriggerSignal;
  readonly reduceOnly?: boolean;
  readonly trailingStopMaxDeviation?: string;
  readonly trailingStopDeviationUnit?: "PERCENT" | "QUOTE_CURRENCY";
}

/** Most open orders (book and trigger) an account may have. */
export const MAX_OPEN_ORDERS = 500;

/** Longest accepted `cliOrdId`. */
export const MAX_CLI_ORD_ID = 100;

/** Whether a size fits the instrument's precision and bounds. */
export function validSize(instrument: FuturesInstrument, size: string): boolean {
  return (
    isPositive(size) && isMultipleOf(size, sizeStep(instrument)) && cmp(size, instrument.maxPositionSize) <= 0
  );
}

/** Whether a price is positive and on the instrument's tick. */
export function validPrice(instrument: FuturesInstrument, price: string | undefined): boolean {
  return price !== undefined && isPositive(price) && isMultipleOf(price, instrument.tickSize);
}

/** Market-state checks: inactive (expired), suspended, post-only. */
export function marketRefusal(
  venue: FuturesVenue,
  instrument: FuturesInstrument,
  orderType: FuturesOrderType,
): string | undefined {
  const now = venue.clock.now();
  if (instrument.lastTradingTime !== undefined && now >= instrument.lastTradingTime) return "marketInactive";
  if (venue.suspended.has(instrument.symbol)) return "marketSuspended";
  if (venue.postOnlyMarkets.has(instrument.symbol) && orderType !== "post") return "marketIsPostOnly";
  return undefined;
}

/** Field checks of a new order: size, prices, trailing parameters, client order id. */
export function fieldRefusal(
  venue: FuturesVenue,
  instrument: FuturesInstrument,
  accountId: string,
  input: SendInput,
): string | undefined {
  if (!validSize(instrument, input.size)) return "invalidSize";
  const t = input.orderType;
  if (
    (t === "lmt" || t === "post" || t === "ioc" || t === "fok") &&
    !validPrice(instrument, input.limitPrice)
  )
    return "invalidPrice";
  if (t === "stp" || t === "take_profit") {
    if (!validPrice(instrument, input.stopPrice)) return "invalidPrice";
    if (input.limitPrice !== undefined && !validPrice(instrument, input.limitPrice)) return "invalidPrice";
  }
  if (t === "trailing_stop") {
    const dev = input.trailingStopMaxDeviation;
    if (dev === undefined || input.trailingStopDeviationUnit === undefined || !isPositive(dev))
      return "invalidPrice";
    if (input.trailingStopDeviationUnit === "PERCENT" && (cmp(dev, "0.1") < 0 || cmp(dev, "50") > 0))
      return "invalidPrice";
    if (input.limitPrice !== undefined || input.stopPrice !== undefined) return "invalidPrice";
  }
  if (input.cliOrdId !== undefined) {
    if (input.cliOrdId.length > MAX_CLI_ORD_ID) return "clientOrderIdTooBig";
    const taken =
      venue.openOrders(accountId).some((o) => o.clOrdId === input.cliOrdId) ||
      venue.triggers.list(accountId).some((o) => o.cliOrdId === input.cliOrdId);
    if (taken) return "clientOrderIdAlreadyExist";
  }
  if (venue.openOrders(accountId).length + venue.triggers.list(accountId).length >= MAX_OPEN_ORDERS)
    return "tooManyOrders";
  return undefined;
}

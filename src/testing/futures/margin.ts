/**
 * Multi-collateral (flex) margin: collateral value of each currency after its haircut, unrealised
 * PnL at mark, initial and maintenance margin from the instruments' margin levels (or the account's
 * isolated leverage), and the available margin that order admission checks. All exact decimals.
 */
import { add, cmp, div, isPositive, mul, sub } from "../exchange/decimal.js";
import { remaining } from "../exchange/order-book.js";
import type { FuturesAccount } from "./account.js";
import type { FuturesInstrument } from "./instruments.js";
import type { FuturesOrder } from "./types.js";

/** Collateral haircuts by currency (fraction of value not counted as margin). */
export const HAIRCUTS: Readonly<Record<string, string>> = {
  USD: "0",
  USDC: "0.01",
  USDT: "0.01",
  EUR: "0",
  GBP: "0",
  XBT: "0.02",
  ETH: "0.025",
};

/** One currency of the flex wallet as `/accounts` reports it. */
export interface CurrencyValue {
  readonly quantity: string;
  readonly value: string;
  readonly collateral: string;
  readonly available: string;
}

/** The flex wallet's margin summary (`accounts.flex`). */
export interface FlexSummary {
  readonly currencies: ReadonlyMap<string, CurrencyValue>;
  readonly initialMargin: string;
  readonly initialMarginWithOrders: string;
  readonly maintenanceMargin: string;
  readonly balanceValue: string;
  readonly portfolioValue: string;
  readonly collateralValue: string;
  readonly pnl: string;
  readonly unrealizedFunding: string;
  readonly totalUnrealized: string;
  readonly totalUnrealizedAsMargin: string;
  readonly availableMargin: string;
  readonly marginEquity: string;
}

/** Prices the margin calculation needs. */
export interface MarginPrices {
  /** Mark price of an instrument. */
  mark(symbol: string): string;
  /** USD value of one unit of a collateral currency (undefined when it has none). */
  usdRate(currency: string): string | undefined;
}

function abs(a: string): string {
  return a.startsWith("-") ? a.slice(1) : a;
}

/** Initial- and maintenance-margin fractions for a notional, honouring isolated leverage. */
export function marginRates(
  instrument: FuturesInstrument,
  notional: string,
  maxLeverage: string | undefined,
): { im: string; mm: string } {
  let level = instrument.marginLevels[0]!;
  for (const l of instrument.marginLevels) if (cmp(notional, l.numNonContractUnits) >= 0) level = l;
  if (maxLeverage !== undefined) {
    const im = div("1", maxLeverage, 8);
    if (cmp(im, level.initialMargin) > 0) return { im, mm: level.maintenanceMargin };
  }
  return { im: level.initialMargin, mm: level.maintenanceMargin };
}

/** Unrealised PnL of a position at a mark price (quote currency, USD). */
export function unrealizedPnl(size: string, entry: string, mark: string): string {
  return mul(sub(mark, entry), size);
}

/** Computes the flex summary of an account. */
export function flexSummary(
  account: FuturesAccount,
  instruments: ReadonlyMap<string, FuturesInstrument>,
  prices: MarginPrices,
  openOrders: readonly FuturesOrder[],
  extraOrderMargin = "0",
): FlexSummary {
  const currencies = new Map<string, CurrencyValue>();
  let balanceValue = "0";
  let collateralValue = "0";
  for (const [currency, quantity] of account.flex) {
    const rate = prices.usdRate(currency) ?? "0";
    const value = mul(quantity, rate);
    const haircut = HAIRCUTS[currency] ?? "1";
    const collateral = isPositive(value) ? mul(value, sub("1", haircut)) : value;
    currencies.set(currency, { quantity, value, collateral, available: quantity });
    balanceValue = add(balanceValue, value);
    collateralValue = add(collateralValue, collateral);
  }
  let pnl = "0";
  let im = "0";
  let mm = "0";
  for (const p of account.positions.values()) {
    const instrument = instruments.get(p.symbol);
    if (!instrument) continue;
    const mark = prices.mark(p.symbol);
    pnl = add(pnl, unrealizedPnl(p.size, p.price, mark));
    const notional = mul(abs(p.size), mark);
    const rates = marginRates(instrument, notional, account.leverage.get(p.symbol));
    im = add(im, mul(notional, rates.im));
    mm = add(mm, mul(notional, rates.mm));
  }
  let withOrders = add(im, extraOrderMargin);
  for (const o of openOrders) withOrders = add(withOrders, orderMargin(account, instruments, o));
  const unrealizedFunding = "0";
  const totalUnrealized = add(pnl, unrealizedFunding);
  const marginEquity = add(collateralValue, totalUnrealized);
  return {
    currencies,
    initialMargin: im,
    initialMarginWithOrders: withOrders,
    maintenanceMargin: mm,
    balanceValue,
    portfolioValue: add(balanceValue, totalUnrealized),
    collateralValue,
    pnl,
    unrealizedFunding,
    totalUnrealized,
    totalUnrealizedAsMargin: totalUnrealized,
    availableMargin: sub(marginEquity, withOrders),
    marginEquity,
  };
}

/** Initial margin an open order reserves (reduce-only orders reserve none). */
export function orderMargin(
  account: FuturesAccount,
  instruments: ReadonlyMap<string, FuturesInstrument>,
  order: Pick<FuturesOrder, "pair" | "reduceOnly" | "price" | "qty" | "filled">,
  price?: string,
): string {
  if (order.reduceOnly) return "0";
  const instrument = instruments.get(order.pair);
  const p = price ?? order.price;
  if (!instrument || p === undefined) return "0";
  const notional = mul(remaining(order as FuturesOrder), p);
  return mul(notional, marginRates(instrument, notional, account.leverage.get(order.pair)).im);
}

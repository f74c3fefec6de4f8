/** One market (a Spot pair or a Derivatives contract): its names, rules and exact rounding helpers. */

import { expandExponent } from "../util/decimal.js";
import { compare, decimalsIn, multiply, onStep, type RoundMode, roundToStep } from "./step-math.js";

/**
 * Contract specs of a Derivatives market (from the Derivatives `instruments` answer).
 * @example
 * ```ts
 * markets.get("PF_XBTUSD").contract?.contractSize; // "1"
 * ```
 */
export interface ContractSpecs {
  /** Kraken's instrument type (`flexible_futures`, `futures_inverse`, ...). */
  readonly type: string;
  /** The underlying (`rr_xbtusd`), when Kraken names one. */
  readonly underlying?: string;
  /** Contract size, an exact decimal string. */
  readonly contractSize: string;
  /** Whether it is perpetual. */
  readonly perpetual: boolean;
  /** Whether Kraken accepts new orders on it (`tradeable`; false when suspended or past its last trading time). */
  readonly tradeable?: boolean;
  /** Whether only post-only (`post`) orders are accepted. */
  readonly postOnly?: boolean;
  /** Kraken's `contractValueTradePrecision`: decimals of an order size (negative: sizes in multiples of 10, 100, ...). */
  readonly contractValueTradePrecision?: number;
  /** Size for the impact mid price (`impactMidSize`), an exact decimal string. */
  readonly impactMidSize?: string;
  /** When it was listed (ISO 8601). */
  readonly openingDate?: string;
  /** Last trading time (ISO 8601), for dated contracts. */
  readonly lastTradingTime?: string;
  /** Maximum position size, an exact decimal string, when Kraken gives one. */
  readonly maxPositionSize?: string;
  /** Funding rate coefficient of a perpetual, when Kraken gives one. */
  readonly fundingRateCoefficient?: string;
  /** Maximum relative funding rate, when Kraken gives one. */
  readonly maxRelativeFundingRate?: string;
  /** ISIN, when Kraken gives one. */
  readonly isin?: string;
  /** Margin levels: from a position size (`from`, in contracts or quote units as Kraken gives it) on, these fractions apply. */
  readonly marginLevels: readonly MarginLevel[];
  /** Margin levels for retail clients, when Kraken gives them. */
  readonly retailMarginLevels?: readonly MarginLevel[];
}

/**
 * One margin band of a Derivatives contract.
 * @example
 * ```ts
 * markets.get("PF_XBTUSD").contract?.marginLevels[0]?.initialMargin; // "0.02"
 * ```
 */
export interface MarginLevel {
  /** Position size from which it applies. */
  readonly from: string;
  /** Initial margin fraction. */
  readonly initialMargin: string;
  /** Maintenance margin fraction. */
  readonly maintenanceMargin: string;
}

/**
 * The data of a market; every money value is an exact decimal string.
 * @example
 * ```ts
 * const data: MarketData = markets.snapshot().markets[0]!;
 * ```
 */
export interface MarketData {
  /** WebSocket v2 symbol (`BTC/USD`); for Derivatives the contract symbol (`PF_XBTUSD`). */
  readonly symbol: string;
  /** AssetPairs' v1 `wsname` (`XBT/USD`), when known. */
  readonly wsname?: string;
  /** REST altname (`XBTUSD`). */
  readonly altname: string;
  /** The key REST answers use (`XXBTZUSD`); the altname when only the WebSocket data is known. */
  readonly restKey: string;
  /** Base asset, common code (`BTC`). */
  readonly base: string;
  /** Quote asset, common code (`USD`). */
  readonly quote: string;
  /** Base asset as Kraken's REST names it (`XXBT`). */
  readonly krakenBase: string;
  /** Quote asset as Kraken's REST names it (`ZUSD`). */
  readonly krakenQuote: string;
  /** `currency`, `tokenized_asset` (xStocks), `derivatives`, ... */
  readonly assetClass: string;
  /** Execution venue, when Kraken names one (`international`). */
  readonly venue?: string;
  /** Trading status (`online`, `cancel_only`, `post_only`, `limit_only`, `reduce_only`, `maintenance`, `delisted`, ...). */
  readonly status: string;
  /** Price increment. */
  readonly priceTick: string;
  /** Price decimals. */
  readonly priceDecimals: number;
  /** Quantity increment. */
  readonly qtyStep: string;
  /** Quantity decimals. */
  readonly qtyDecimals: number;
  /** Minimum order quantity (`ordermin`). */
  readonly ordermin: string;
  /** Minimum order cost in quote currency (`costmin`), "0" when none. */
  readonly costmin: string;
  /** Cost decimals. */
  readonly costDecimals: number;
  /** Whether it can be traded on margin. */
  readonly marginable: boolean;
  /** Leverage levels allowed for buys (`leverage_buy`). */
  readonly leverageBuy: readonly number[];
  /** Leverage levels allowed for sells (`leverage_sell`). */
  readonly leverageSell: readonly number[];
  /** Contract specs, for Derivatives markets. */
  readonly contract?: ContractSpecs;
}

/**
 * A market with exact rounding helpers.
 * @example
 * ```ts
 * const btc = markets.get("XBTUSD");
 * btc.roundPrice("37500.04", "down"); // "37500.0"
 * btc.roundQty("0.123456789", "down"); // "0.12345678"
 * btc.costOf("0.5", "37500.0"); // "18750.00"
 * ```
 */
export class Market implements MarketData {
  readonly symbol!: string;
  readonly wsname?: string;
  readonly altname!: string;
  readonly restKey!: string;
  readonly base!: string;
  readonly quote!: string;
  readonly krakenBase!: string;
  readonly krakenQuote!: string;
  readonly assetClass!: string;
  readonly venue?: string;
  readonly status!: string;
  readonly priceTick!: string;
  readonly priceDecimals!: number;
  readonly qtyStep!: string;
  readonly qtyDecimals!: number;
  readonly ordermin!: string;
  readonly costmin!: string;
  readonly costDecimals!: number;
  readonly marginable!: boolean;
  readonly leverageBuy!: readonly number[];
  readonly leverageSell!: readonly number[];
  readonly contract?: ContractSpecs;

  constructor(data: MarketData) {
    Object.assign(this, data);
  }

  /** `value` on the price tick, rounded `mode` ("down", "up" or "nearest"); decimal strings in and out. */
  roundPrice(value: string, mode: RoundMode = "nearest"): string {
    return roundToStep(value, this.priceTick, mode);
  }

  /** `value` on the quantity step, rounded `mode`. */
  roundQty(value: string, mode: RoundMode = "down"): string {
    return roundToStep(value, this.qtyStep, mode);
  }

  /** The smallest quantity Kraken accepts: `ordermin`, raised onto the quantity step. */
  minQty(): string {
    return roundToStep(this.ordermin, this.qtyStep, "up");
  }

  /** `qty * price` exactly. */
  costOf(qty: string, price: string): string {
    return multiply(qty, price);
  }

  /** Whether a price is on the tick (a multiple of it). */
  priceOnTick(price: string): boolean {
    return onStep(price, this.priceTick);
  }

  /** The smallest quantity on the step whose cost at `price` meets both `ordermin` and `costmin`. */
  minQtyAt(price: string): string {
    const min = this.minQty();
    if (compare(price, "0") <= 0 || compare(this.costmin, "0") <= 0) return min;
    // ceil(costmin / price) on a grid as fine as the step, then up onto the step: exact, no float
    const q = roundToStep(divideUp(this.costmin, price, decimalsIn(this.qtyStep)), this.qtyStep, "up");
    return compare(q, min) > 0 ? q : min;
  }
}

/** `a / b` rounded up to `decimals` digits (both positive). */
function divideUp(a: string, b: string, decimals: number): string {
  const [na, sa] = digits(a);
  const [nb, sb] = digits(b);
  // a/b * 10^decimals = na * 10^(sb + decimals - sa) / nb
  const shift = sb + decimals - sa;
  const num = shift >= 0 ? na * 10n ** BigInt(shift) : na;
  const den = shift >= 0 ? nb : nb * 10n ** BigInt(-shift);
  let q = num / den;
  if (q * den !== num) q += 1n;
  const t = q.toString().padStart(decimals + 1, "0");
  return decimals === 0 ? t : `${t.slice(0, -decimals)}.${t.slice(-decimals)}`;
}

function digits(s: string): [bigint, number] {
  const plain = expandExponent(s);
  const dot = plain.indexOf(".");
  return [BigInt(plain.replace(".", "")), dot < 0 ? 0 : plain.length - dot - 1];
}

import type { SimClock } from "./clock.js";
import type { SimAsset, SimPair } from "./pairs.js";
import type { TradingTier } from "./trading-limits.js";
import type { SimOrder } from "./types.js";

/** Account id of the built-in liquidity provider (unlimited balances, no events). */
export const LP_ACCOUNT = "market-maker";

/** Options of {@link Exchange}. */
export interface ExchangeOptions {
  readonly pairs?: readonly SimPair[];
  readonly assets?: readonly SimAsset[];
  /** Accounts to create: id -> starting balances by REST asset id. Default: `{ demo: {...} }`. */
  readonly accounts?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly clock?: SimClock;
  /** Seed for ids and the initial liquidity. Default 1. */
  readonly seed?: number;
  /** Price levels per side of initial liquidity-provider orders (0 = empty books). Default 20. */
  readonly seedLevels?: number;
  /**
   * Enforce Kraken's trading-engine limits for this tier: the per-pair rate counter
   * (`EOrder:Rate limit exceeded`) and the open-order cap (`EOrder:Orders limit exceeded`).
   * Default: off.
   */
  readonly tradingLimits?: TradingTier;
}

/** Result of a (validated) order placement. */
export interface PlaceResult {
  /** The order after placement and any immediate fills (for validate-only: not stored, id ""). */
  readonly order: SimOrder;
  /** Kraken's human description (`buy 1.25000000 XBTUSD @ limit 27500.0`). */
  readonly descr: string;
}

/** Identifies orders for cancel: by id, client id, or userref (every open order carrying it). */
export interface OrderRef {
  readonly orderId?: string;
  readonly clOrdId?: string;
  readonly userref?: number;
}

/** Fields of an in-place amend. */
export interface AmendInput extends OrderRef {
  readonly qty?: string;
  readonly price?: string;
  readonly triggerPrice?: string;
  readonly displayQty?: string;
  readonly postOnly?: boolean;
}

/** Fields of a cancel-and-replace edit (REST EditOrder, WS edit_order). */
export interface EditInput {
  readonly orderId: string;
  readonly qty?: string;
  readonly price?: string;
  readonly price2?: string;
  readonly userref?: number;
  readonly postOnly?: boolean;
  readonly validate?: boolean;
}

/** Default balances of the demo account (REST asset ids). */
export const DEMO_BALANCES: Readonly<Record<string, string>> = {
  ZUSD: "1000000",
  XXBT: "25",
  XETH: "400",
  PEPE: "100000000000",
};

/**
 * Types of the simulator's Derivatives venue. Prices, sizes and balances are exact decimal strings,
 * as in the Spot exchange; they become JSON numbers only when an answer is written.
 */
import type { SimOrder } from "../exchange/types.js";

/** Kraken's `sendorder` order types. */
export type FuturesOrderType =
  | "lmt"
  | "post"
  | "ioc"
  | "mkt"
  | "fok"
  | "stp"
  | "take_profit"
  | "trailing_stop";

/** Signal a trigger order watches. */
export type TriggerSignal = "mark" | "index" | "last";

/** A book order of the venue: a Spot engine order plus the Derivatives fields. */
export interface FuturesOrder extends SimOrder {
  /** Order type as Kraken reports it in `OrderJson.type` (`lmt`, `post`, `ioc`, `fok`). */
  readonly futuresType: "lmt" | "post" | "ioc" | "fok";
  /** The type the caller sent (`mkt` becomes an `ioc` with price protection). */
  readonly requestedType: FuturesOrderType;
  /** Unix ms of the last change. */
  lastUpdateAt: number;
  /** When it came from a trigger, the trigger's uid. */
  readonly fromTrigger?: string;
}

/** A resting trigger order (`stp`, `take_profit`, `trailing_stop`), not on the book until it fires. */
export interface TriggerOrder {
  readonly uid: string;
  readonly accountId: string;
  readonly symbol: string;
  readonly side: "buy" | "sell";
  readonly orderType: "stp" | "take_profit" | "trailing_stop";
  size: string;
  /** Trigger price (moves for trailing stops). */
  stopPrice: string;
  /** Limit of the order placed when it fires; none places a market (`mkt`) order. */
  limitPrice?: string;
  readonly triggerSignal: TriggerSignal;
  readonly triggerSide: "trigger_above" | "trigger_below";
  readonly reduceOnly: boolean;
  readonly cliOrdId?: string;
  readonly receivedAt: number;
  lastUpdateAt: number;
  readonly trailing?: { readonly maxDeviation: string; readonly unit: "PERCENT" | "QUOTE_CURRENCY" };
  status: "open" | "triggered" | "cancelled";
}

/** A fill of one account. */
export interface FuturesFill {
  readonly fillId: string;
  readonly accountId: string;
  readonly symbol: string;
  readonly side: "buy" | "sell";
  readonly orderId: string;
  readonly cliOrdId?: string;
  readonly price: string;
  readonly size: string;
  readonly time: number;
  readonly fillType: "maker" | "taker" | "takerAfterEdit";
  readonly fee: string;
  readonly executionId: string;
  /** Position before and after, for the history endpoints. */
  readonly oldPosition: string;
  readonly newPosition: string;
  readonly oldAverage: string;
  readonly newAverage: string;
  readonly realizedPnl: string;
}

/** A netted position: positive size is long, negative short. */
export interface FuturesPosition {
  readonly symbol: string;
  size: string;
  /** Average entry price. */
  price: string;
  /** Unix ms of the first fill of the current position. */
  fillTime: number;
  /** Funding accrued but not yet paid (always "0": the venue pays funding at each interval). */
  unrealizedFunding: string;
}

/** One account-log entry (`/api/history/v3/account-log`). */
export interface AccountLogEntry {
  readonly id: number;
  readonly accountId: string;
  readonly bookingUid: string;
  readonly time: number;
  readonly info: "futures trade" | "funding rate change" | "transfer" | "cross-exchange transfer";
  readonly asset: string;
  readonly contract: string | null;
  readonly oldBalance: string;
  readonly newBalance: string;
  readonly fee: string | null;
  readonly realizedPnl: string | null;
  readonly realizedFunding: string | null;
  readonly fundingRate: string | null;
  readonly tradePrice: string | null;
  readonly markPrice: string | null;
  readonly execution: string | null;
  readonly oldAverage: string | null;
  readonly newAverage: string | null;
}

/** One public trade of an instrument. */
export interface FuturesTrade {
  readonly tradeId: number;
  readonly uid: string;
  readonly symbol: string;
  readonly price: string;
  readonly size: string;
  /** Taker side. */
  readonly side: "buy" | "sell";
  readonly time: number;
}

/**
 * A Derivatives error: `code` is Kraken's error string (`apiLimitExceeded`, `authenticationError`,
 * `invalidArgument`, ...), answered as `{"result":"error","error":code}` with the HTTP status.
 */
export class FuturesError extends Error {
  override readonly name = "FuturesError";
  constructor(
    readonly code: string,
    readonly httpStatus = 200,
  ) {
    super(code);
  }
}

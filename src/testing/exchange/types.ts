/**
 * Public types of the simulator's exchange core, shared by the REST and WebSocket front ends.
 * Prices, quantities and balances are exact decimal strings (trailing zeros trimmed).
 */

/** Order side. */
export type Side = "buy" | "sell";

/** Kraken order types (REST `ordertype`, WS `order_type`). */
export type OrderType =
  | "market"
  | "limit"
  | "iceberg"
  | "stop-loss"
  | "take-profit"
  | "stop-loss-limit"
  | "take-profit-limit"
  | "trailing-stop"
  | "trailing-stop-limit"
  | "settle-position";

/** Time in force, lower case as on WS v2 (REST upper-cases it). */
export type TimeInForce = "gtc" | "ioc" | "gtd" | "fok";

/** Order status as REST reports it. */
export type OrderStatus = "pending" | "open" | "closed" | "canceled" | "expired";

/** Exchange trading mode, as SystemStatus and the WS `status` channel report it. */
export type SystemStatus = "online" | "maintenance" | "cancel_only" | "post_only";

/** A normalised order request (REST and WS front ends map their own field names onto it). */
export interface PlaceOrderInput {
  /** Pair by REST key, altname or WS symbol. */
  readonly pair: string;
  readonly side: Side;
  readonly type: OrderType;
  /** Base quantity (decimal string). Ignored when `cashQty` is set. */
  readonly qty: string;
  /** Limit price for limit/iceberg/*-limit; trigger price for stop/take-profit/trailing types. */
  readonly price?: string;
  /** Limit price of *-limit types (REST `price2`). */
  readonly price2?: string;
  readonly timeInForce?: TimeInForce;
  readonly postOnly?: boolean;
  readonly reduceOnly?: boolean;
  /** Leverage asked for (REST `leverage`, `"2"` or `"2:1"`); absent or `"none"` for spot. */
  readonly leverage?: string;
  readonly clOrdId?: string;
  readonly userref?: number;
  /** Iceberg display quantity. */
  readonly displayQty?: string;
  /** Buy market order sized in quote currency (REST oflag `viqc`, WS `cash_order_qty`). */
  readonly cashQty?: string;
  /** Fee currency preference. */
  readonly feePreference?: "base" | "quote";
  /** GTD expiry, unix milliseconds. */
  readonly expireAt?: number;
  /** Validate only: check everything, change nothing. */
  readonly validate?: boolean;
}

/** One entry of an order's amend history (REST OrderAmends). */
export interface AmendRecord {
  readonly amendId: string;
  readonly amendType: "original" | "user" | "restated";
  readonly orderQty: string;
  readonly displayQty?: string;
  readonly remainingQty: string;
  readonly limitPrice?: string;
  readonly triggerPrice?: string;
  readonly postOnly: boolean;
  readonly reason?: string;
  /** Unix milliseconds. */
  readonly timestamp: number;
}

/** An order as the exchange keeps it (a snapshot; do not mutate). */
export interface SimOrder {
  readonly id: string;
  readonly accountId: string;
  /** REST pair key. */
  readonly pair: string;
  readonly side: Side;
  readonly type: OrderType;
  /** Original (or amended) base quantity. */
  qty: string;
  /** Executed quantity. */
  filled: string;
  /** Executed cost in quote currency. */
  cost: string;
  /** Fees paid in quote currency. */
  fee: string;
  /** Limit price (limit-type orders). */
  price?: string;
  /** Trigger price (stop/take-profit/trailing). */
  triggerPrice?: string;
  status: OrderStatus;
  readonly timeInForce: TimeInForce;
  postOnly: boolean;
  readonly reduceOnly: boolean;
  readonly clOrdId?: string;
  readonly userref?: number;
  displayQty?: string;
  readonly cashQty?: string;
  readonly feePreference?: "base" | "quote";
  readonly expireAt?: number;
  /** Unix milliseconds. */
  readonly openedAt: number;
  closedAt?: number;
  reason?: string;
  /** Trade ids of the fills. */
  readonly trades: string[];
  readonly amends: AmendRecord[];
  /** Liquidity-provider (market) order rather than a user's. */
  readonly lp: boolean;
  /** When a stop/take-profit order's trigger fired (unix ms); untriggered orders have none. */
  triggeredAt?: number;
}

/** A fill between a taker and a maker order. */
export interface SimTrade {
  /** Public trade id (sequential per pair, as WS `trade_id`). */
  readonly tradeId: number;
  /** Private trade txid (`TXXXXX-XXXXX-XXXXXX`), one per side. */
  readonly takerTxid: string;
  readonly makerTxid: string;
  readonly pair: string;
  readonly price: string;
  readonly qty: string;
  /** Taker side. */
  readonly side: Side;
  readonly takerOrderType: OrderType;
  readonly takerOrderId: string;
  readonly makerOrderId: string;
  readonly takerAccount: string;
  readonly makerAccount: string;
  readonly takerFee: string;
  readonly makerFee: string;
  /** Unix milliseconds. */
  readonly timestamp: number;
}

/** A ledger entry (REST Ledgers; WS balances update). */
export interface SimLedgerEntry {
  readonly id: string;
  readonly accountId: string;
  readonly refid: string;
  /** Unix milliseconds. */
  readonly time: number;
  readonly type: "trade" | "deposit" | "withdrawal" | "transfer" | "staking";
  readonly subtype: string;
  /** REST asset id. */
  readonly asset: string;
  readonly amount: string;
  readonly fee: string;
  /** Resulting balance. */
  readonly balance: string;
}

/** One L3 book change, emitted for every add, modify (partial fill, amend) and delete. */
export interface BookEvent {
  readonly pair: string;
  readonly side: Side;
  readonly event: "add" | "modify" | "delete";
  readonly orderId: string;
  readonly price: string;
  /** Remaining quantity of the order after the change ("0" on delete). */
  readonly qty: string;
  /** Aggregated quantity of the price level after the change ("0" when the level is gone). */
  readonly levelQty: string;
  /** Unix milliseconds. */
  readonly timestamp: number;
}

/** Kind of an execution report (WS v2 `exec_type`). */
export type ExecType =
  | "pending_new"
  | "new"
  | "trade"
  | "filled"
  | "canceled"
  | "expired"
  | "amended"
  | "restated"
  | "iceberg_refill"
  | "status";

/** An order event for one account, in WS v2 `executions` vocabulary (values as decimal strings). */
export interface ExecutionEvent {
  readonly accountId: string;
  /** Increases by one per execution event of this account. */
  readonly sequence: number;
  readonly execType: ExecType;
  /** The order after the event. */
  readonly order: Readonly<SimOrder>;
  /** Fill details on `trade` events. */
  readonly trade?: {
    readonly execId: string;
    readonly tradeId: number;
    readonly price: string;
    readonly qty: string;
    readonly cost: string;
    readonly fee: string;
    readonly feeAsset: string;
    readonly liquidity: "m" | "t";
  };
  /** Amend id on `amended` events. */
  readonly amendId?: string;
  readonly timestamp: number;
}

/** A balance change of one account (one per ledger entry). */
export interface BalanceEvent {
  readonly accountId: string;
  /** Increases by one per balance event of this account. */
  readonly sequence: number;
  readonly ledger: SimLedgerEntry;
}

/** Top of book and last trade of a pair (emitted when either changes). */
export interface TickerEvent {
  readonly pair: string;
  readonly bid: string;
  readonly bidQty: string;
  readonly ask: string;
  readonly askQty: string;
  readonly last: string;
  readonly timestamp: number;
}

/** Events of {@link Exchange}. */
export interface ExchangeEvents {
  book: BookEvent;
  trade: SimTrade;
  execution: ExecutionEvent;
  balance: BalanceEvent;
  ticker: TickerEvent;
  status: SystemStatus;
}

/** A Kraken error raised by the exchange; `message` is the exact Kraken string (`EOrder:Insufficient funds`). */
export class ExchangeError extends Error {
  override readonly name = "ExchangeError";
  constructor(readonly kraken: string) {
    super(kraken);
  }
}

/**
 * DO NOT EDIT. This file is generated from openapi.json by `npm run codegen` (codegen/methods-module.mjs).
 * Change openapi.json or the generator instead, then run `npm run codegen` and commit the result.
 */

// Named types per operation, so hovers and compiler errors name `RestAddOrderParams`, not the raw schema.
import type { operations as Ops } from "./schema.js";

/**
 * Parameters of {@link RestMethods.accountTransfer | accountTransfer}.
 * @example
 * ```ts
 * const params: RestAccountTransferParams = { asset: "XBT", amount: "1.0", from: "from", to: "to" };
 * const result: RestAccountTransferResult = await rest.accountTransfer(params);
 * ```
 */
export interface RestAccountTransferParams {
  /** Asset to move. */
  asset: NonNullable<Ops["accountTransfer"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Asset class of the asset: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`. */
  asset_class?: NonNullable<Ops["accountTransfer"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset_class"];
  /** Amount to move. */
  amount: NonNullable<Ops["accountTransfer"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["amount"];
  /** IIBAN of the source account. */
  from: NonNullable<Ops["accountTransfer"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["from"];
  /** IIBAN of the destination account. */
  to: NonNullable<Ops["accountTransfer"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["to"];
}
/**
 * Result of {@link RestMethods.accountTransfer | accountTransfer}.
 * @example
 * ```ts
 * const params: RestAccountTransferParams = { asset: "XBT", amount: "1.0", from: "from", to: "to" };
 * const result: RestAccountTransferResult = await rest.accountTransfer(params);
 * ```
 */
export interface RestAccountTransferResult extends NonNullable<NonNullable<Ops["accountTransfer"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.addExport | addExport}.
 * @example
 * ```ts
 * const params: RestAddExportParams = { report: "trades", description: "description" };
 * const result: RestAddExportResult = await rest.addExport(params);
 * ```
 */
export interface RestAddExportParams {
  /** What to export. One of: `trades`, `ledgers`. */
  report: NonNullable<Ops["addExport"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["report"];
  /** File format. One of: `CSV`, `TSV`. Default: `"CSV"`. */
  format?: NonNullable<Ops["addExport"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["format"];
  /** Name of the report. */
  description: NonNullable<Ops["addExport"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["description"];
  /** Comma-separated fields. Trades: `ordertxid, time, ordertype, price, cost, fee, vol, margin, misc, ledgers`; ledgers: `refid, time, type, subtype, aclass, asset, amount, fee, balance, wallet`. Default: `"all"`. */
  fields?: NonNullable<Ops["addExport"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["fields"];
  /** Start of the period, Unix seconds (default: the 1st of the current month). */
  starttm?: NonNullable<Ops["addExport"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["starttm"];
  /** End of the period, Unix seconds (default: now). */
  endtm?: NonNullable<Ops["addExport"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["endtm"];
}
/**
 * Result of {@link RestMethods.addExport | addExport}: Queued report.
 * @example
 * ```ts
 * const params: RestAddExportParams = { report: "trades", description: "description" };
 * const result: RestAddExportResult = await rest.addExport(params);
 * ```
 */
export interface RestAddExportResult extends NonNullable<NonNullable<Ops["addExport"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.addOrder | addOrder}: Order to place. `userref` and `cl_ord_id` exclude each other.
 *
 * `V` is the type of `validate`: `true` makes the result a validation only.
 * @example
 * ```ts
 * const params: RestAddOrderParams<false> = { ordertype: "market", type: "buy", volume: "1.0", pair: "XBTUSD" };
 * const result: RestAddOrderResult = await rest.addOrder(params);
 * ```
 */
export interface RestAddOrderParams<V extends boolean = boolean> {
  /** Your own numeric tag; not unique, so many orders may share it (cancel or query them together). Cannot be combined with `cl_ord_id`. */
  userref?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["userref"];
  /** Client order id, unique among the account's open orders: a UUID with dashes (36 chars), the same 32 hex digits without dashes, or free ASCII text of at most 18 characters. Cannot be combined with `userref`. */
  cl_ord_id?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["cl_ord_id"];
  /** How the order executes. `market` and `limit` are plain orders; `iceberg` is a limit order showing only `displayvol`; the stop/take-profit families wait for `trigger` to cross `price`; `*-limit` variants then place a limit at `price2`; trailing variants follow the market by an offset; `settle-position` closes a margin position. One of: `market`, `limit`, `iceberg`, `stop-loss`, `take-profit`, `stop-loss-limit`, `take-profit-limit`, `trailing-stop`, `trailing-stop-limit`, `settle-position`. */
  ordertype: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["ordertype"];
  /** Direction of the order. One of: `buy`, `sell`. */
  type: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["type"];
  /** Quantity in base currency (quote currency with the `viqc` flag). `0` closes a margin position in full. */
  volume: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["volume"];
  /** Iceberg orders only: quantity visible in the book, at least 1/15 of `volume`. */
  displayvol?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["displayvol"];
  /** Limit price (limit, iceberg) or trigger price (stop, take-profit, trailing types). May be relative; trailing types need `+<offset>`. */
  price?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["price"];
  /** Limit price for the `*-limit` types. For trailing-stop-limit an offset from the trigger (`+0` means equal). */
  price2?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["price2"];
  /** Price feed compared against the trigger price of stop, take-profit and trailing orders (and of their conditional close). `last` is the last trade on Kraken; `index` is the external index price, with the last trade used as fallback while the index feed is unavailable. One of: `index`, `last`. Default: `"last"`. */
  trigger?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["trigger"];
  /** Leverage for a margin order, e.g. `5` (default: no leverage, spot order). */
  leverage?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["leverage"];
  /** Only reduce an existing margin position; never increase it or open a new one. Default: `false`. */
  reduce_only?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["reduce_only"];
  /** What the engine does when this order would match another order of the same account: `cancel-newest` drops the incoming order, `cancel-oldest` drops the resting one, `cancel-both` drops both. One of: `cancel-newest`, `cancel-oldest`, `cancel-both`. Default: `"cancel-newest"`. */
  stptype?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["stptype"];
  /** Comma-separated order flags: `post` (post-only, limit orders only), `fcib` (take the fee in base currency; default for sells), `fciq` (fee in quote currency; default for buys; excludes `fcib`), `nompp` (turn off market price protection for market orders), `viqc` (volume is in quote currency; buy market orders only, not with leverage). */
  oflags?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["oflags"];
  /** `GTC` rests until cancelled; `IOC` fills what it can at once and cancels the rest; `GTD` rests until `expiretm` (which it then requires); `FOK` fills completely at once or not at all (Kraken's changelog, 12 May 2026). One of: `GTC`, `IOC`, `GTD`, `FOK`. Default: `"GTC"`. */
  timeinforce?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["timeinforce"];
  /** Scheduled start: `0` now (default), a Unix timestamp, or `+<n>` seconds from now. */
  starttm?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["starttm"];
  /** Expiry (needed for GTD, at most one month ahead): `0` none (default), a Unix timestamp, or `+<n>` seconds from now (at least 5). */
  expiretm?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["expiretm"];
  /** Pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`). */
  pair: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["pair"];
  /** Set to `tokenized_asset` for xStocks pairs; omit for crypto pairs. One of: `tokenized_asset`. */
  asset_class?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset_class"];
  /** Conditional close order placed automatically, for the filled quantity and on the opposite side, each time the primary order fills. Once placed it is an independent order. In form bodies it travels as the bracket keys `close[ordertype]`, `close[price]`, `close[price2]` (deepObject style); in JSON bodies as a nested object. */
  close?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["close"];
  /** RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s. */
  deadline?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["deadline"];
  /** Only validate the request; nothing reaches the matching engine and no txid is returned. Default: `false`. */
  validate?: V;
  /** Partner identifier for qualified members of Kraken's API Partner Program (Kraken's changelog, 7 May 2026). */
  broker?: NonNullable<Ops["addOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["broker"];
}
/**
 * Result of {@link RestMethods.addOrder | addOrder}: Accepted order.
 *
 * Placed for real (`validate` absent or false): `txid` present.
 * @example
 * ```ts
 * const params: RestAddOrderParams<false> = { ordertype: "market", type: "buy", volume: "1.0", pair: "XBTUSD" };
 * const result: RestAddOrderResult = await rest.addOrder(params);
 * ```
 */
export interface RestAddOrderResult extends Omit<NonNullable<NonNullable<Ops["addOrder"]["responses"][200]["content"]["application/json"]["result"]>>, "txid">, Required<Pick<NonNullable<NonNullable<Ops["addOrder"]["responses"][200]["content"]["application/json"]["result"]>>, "txid">> {}
/**
 * Result of {@link RestMethods.addOrder | addOrder} with `validate: true`: checked only, nothing placed, so no `txid`.
 * @example
 * ```ts
 * const params: RestAddOrderParams<true> = { ordertype: "market", type: "buy", volume: "1.0", pair: "XBTUSD", validate: true };
 * const result: RestAddOrderValidateResult = await rest.addOrder(params);
 * ```
 */
export interface RestAddOrderValidateResult extends Omit<NonNullable<NonNullable<Ops["addOrder"]["responses"][200]["content"]["application/json"]["result"]>>, "txid"> {
  txid?: never;
}

/**
 * Parameters of {@link RestMethods.addOrderBatch | addOrderBatch}.
 * @example
 * ```ts
 * const params: RestAddOrderBatchParams = { orders: [{}], pair: "XBTUSD" };
 * const result: RestAddOrderBatchResult = await rest.addOrderBatch(params);
 * ```
 */
export interface RestAddOrderBatchParams {
  /** The orders, 2 to 15, all on `pair`. */
  orders: NonNullable<Ops["addOrderBatch"]["requestBody"]>["content"]["application/json"]["orders"];
  /** Pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`). */
  pair: NonNullable<Ops["addOrderBatch"]["requestBody"]>["content"]["application/json"]["pair"];
  /** Set to `tokenized_asset` for xStocks pairs; omit for crypto pairs. One of: `tokenized_asset`. */
  asset_class?: NonNullable<Ops["addOrderBatch"]["requestBody"]>["content"]["application/json"]["asset_class"];
  /** RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s. */
  deadline?: NonNullable<Ops["addOrderBatch"]["requestBody"]>["content"]["application/json"]["deadline"];
  /** Only validate the request; nothing reaches the matching engine and no txid is returned. Default: `false`. */
  validate?: NonNullable<Ops["addOrderBatch"]["requestBody"]>["content"]["application/json"]["validate"];
  /** Partner identifier for qualified members of Kraken's API Partner Program (Kraken's changelog, 7 May 2026). */
  broker?: NonNullable<Ops["addOrderBatch"]["requestBody"]>["content"]["application/json"]["broker"];
}
/**
 * Result of {@link RestMethods.addOrderBatch | addOrderBatch}.
 * @example
 * ```ts
 * const params: RestAddOrderBatchParams = { orders: [{}], pair: "XBTUSD" };
 * const result: RestAddOrderBatchResult = await rest.addOrderBatch(params);
 * ```
 */
export interface RestAddOrderBatchResult extends NonNullable<NonNullable<Ops["addOrderBatch"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.allocateStrategy | allocateStrategy}.
 * @example
 * ```ts
 * const params: RestAllocateStrategyParams = { amount: "1.0", strategy_id: "strategy_id" };
 * const result: RestAllocateStrategyResult = await rest.allocateStrategy(params);
 * ```
 */
export interface RestAllocateStrategyParams {
  /** Amount in the strategy's asset. */
  amount: NonNullable<Ops["allocateStrategy"]["requestBody"]>["content"]["application/json"]["amount"];
  /** Strategy id from Earn/Strategies. */
  strategy_id: NonNullable<Ops["allocateStrategy"]["requestBody"]>["content"]["application/json"]["strategy_id"];
}
/**
 * Result of {@link RestMethods.allocateStrategy | allocateStrategy}: True when the request was accepted; null on error.
 * @example
 * ```ts
 * const params: RestAllocateStrategyParams = { amount: "1.0", strategy_id: "strategy_id" };
 * const result: RestAllocateStrategyResult = await rest.allocateStrategy(params);
 * ```
 */
export type RestAllocateStrategyResult = NonNullable<NonNullable<Ops["allocateStrategy"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.amendOrder | amendOrder}: In-place amend: ids stay the same and queue priority is kept where possible. Identify the order by `txid` or `cl_ord_id`.
 *
 * Exactly one of `txid`, `cl_ord_id` is required.
 * @example
 * ```ts
 * const params: RestAmendOrderParams = { txid: "txid" };
 * const result: RestAmendOrderResult = await rest.amendOrder(params);
 * ```
 */
export type RestAmendOrderParams =
  | {
      /** Kraken id of the order to amend. Give this or `cl_ord_id`. */
      txid: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["txid"];
      cl_ord_id?: never;
      /** New total quantity in base currency. Below the filled quantity, the rest is cancelled. */
      order_qty?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["order_qty"];
      /** Iceberg only: new visible quantity, at least 1/15 of the remaining quantity. */
      display_qty?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["display_qty"];
      /** New limit price; may be relative (`+`/`-` prefix, `%` suffix). */
      limit_price?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["limit_price"];
      /** New trigger price for triggered order types; may be relative. */
      trigger_price?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["trigger_price"];
      /** Pair of the order; required for xStocks (non-crypto) pairs. */
      pair?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["pair"];
      /** Reject a `limit_price` change that would take liquidity instead of resting in the book. Default: `false`. */
      post_only?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["post_only"];
      /** RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s. */
      deadline?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["deadline"];
    }
  | {
      /** Client id of the order to amend. Give this or `txid`. */
      cl_ord_id: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["cl_ord_id"];
      txid?: never;
      /** New total quantity in base currency. Below the filled quantity, the rest is cancelled. */
      order_qty?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["order_qty"];
      /** Iceberg only: new visible quantity, at least 1/15 of the remaining quantity. */
      display_qty?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["display_qty"];
      /** New limit price; may be relative (`+`/`-` prefix, `%` suffix). */
      limit_price?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["limit_price"];
      /** New trigger price for triggered order types; may be relative. */
      trigger_price?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["trigger_price"];
      /** Pair of the order; required for xStocks (non-crypto) pairs. */
      pair?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["pair"];
      /** Reject a `limit_price` change that would take liquidity instead of resting in the book. Default: `false`. */
      post_only?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["post_only"];
      /** RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s. */
      deadline?: NonNullable<Ops["amendOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["deadline"];
    };
/**
 * Result of {@link RestMethods.amendOrder | amendOrder}.
 * @example
 * ```ts
 * const params: RestAmendOrderParams = { txid: "txid" };
 * const result: RestAmendOrderResult = await rest.amendOrder(params);
 * ```
 */
export interface RestAmendOrderResult extends NonNullable<NonNullable<Ops["amendOrder"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.cancelAllOrders | cancelAllOrders}.
 * @example
 * ```ts
 * const params: RestCancelAllOrdersParams = {};
 * const result: RestCancelAllOrdersResult = await rest.cancelAllOrders(params);
 * ```
 */
export interface RestCancelAllOrdersParams {

}
/**
 * Result of {@link RestMethods.cancelAllOrders | cancelAllOrders}.
 * @example
 * ```ts
 * const params: RestCancelAllOrdersParams = {};
 * const result: RestCancelAllOrdersResult = await rest.cancelAllOrders(params);
 * ```
 */
export interface RestCancelAllOrdersResult extends NonNullable<NonNullable<Ops["cancelAllOrders"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.cancelAllOrdersAfter | cancelAllOrdersAfter}.
 * @example
 * ```ts
 * const params: RestCancelAllOrdersAfterParams = { timeout: 1 };
 * const result: RestCancelAllOrdersAfterResult = await rest.cancelAllOrdersAfter(params);
 * ```
 */
export interface RestCancelAllOrdersAfterParams {
  /** Seconds until every order is cancelled; `0` disables the timer. */
  timeout: NonNullable<Ops["cancelAllOrdersAfter"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["timeout"];
}
/**
 * Result of {@link RestMethods.cancelAllOrdersAfter | cancelAllOrdersAfter}.
 * @example
 * ```ts
 * const params: RestCancelAllOrdersAfterParams = { timeout: 1 };
 * const result: RestCancelAllOrdersAfterResult = await rest.cancelAllOrdersAfter(params);
 * ```
 */
export interface RestCancelAllOrdersAfterResult extends NonNullable<NonNullable<Ops["cancelAllOrdersAfter"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.cancelOrder | cancelOrder}: Identify the order(s) by `txid` (txid or userref) or by `cl_ord_id`.
 *
 * Exactly one of `txid`, `cl_ord_id` is required.
 * @example
 * ```ts
 * const params: RestCancelOrderParams = { txid: "txid" };
 * const result: RestCancelOrderResult = await rest.cancelOrder(params);
 * ```
 */
export type RestCancelOrderParams =
  | {
      /** A Kraken order id (txid), or a userref (integer) which selects every open order carrying it. */
      txid: NonNullable<Ops["cancelOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["txid"];
      cl_ord_id?: never;
    }
  | {
      /** Client order id of the order to cancel. */
      cl_ord_id: NonNullable<Ops["cancelOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["cl_ord_id"];
      txid?: never;
    };
/**
 * Result of {@link RestMethods.cancelOrder | cancelOrder}.
 * @example
 * ```ts
 * const params: RestCancelOrderParams = { txid: "txid" };
 * const result: RestCancelOrderResult = await rest.cancelOrder(params);
 * ```
 */
export interface RestCancelOrderResult extends NonNullable<NonNullable<Ops["cancelOrder"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.cancelOrderBatch | cancelOrderBatch}: Between 2 and 50 unique ids in total across `orders` and `cl_ord_ids`.
 * @example
 * ```ts
 * const params: RestCancelOrderBatchParams = {};
 * const result: RestCancelOrderBatchResult = await rest.cancelOrderBatch(params);
 * ```
 */
export interface RestCancelOrderBatchParams {
  /** Orders to cancel by txid or userref. Kraken's schema shows `{txid}` objects, its examples plain strings; both are accepted here. */
  orders?: NonNullable<Ops["cancelOrderBatch"]["requestBody"]>["content"]["application/json"]["orders"];
  /** Orders to cancel by client order id. */
  cl_ord_ids?: NonNullable<Ops["cancelOrderBatch"]["requestBody"]>["content"]["application/json"]["cl_ord_ids"];
}
/**
 * Result of {@link RestMethods.cancelOrderBatch | cancelOrderBatch}.
 * @example
 * ```ts
 * const params: RestCancelOrderBatchParams = {};
 * const result: RestCancelOrderBatchResult = await rest.cancelOrderBatch(params);
 * ```
 */
export interface RestCancelOrderBatchResult extends NonNullable<NonNullable<Ops["cancelOrderBatch"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.cancelWithdrawal | cancelWithdrawal}.
 * @example
 * ```ts
 * const params: RestCancelWithdrawalParams = { asset: "XBT", refid: "refid" };
 * const result: RestCancelWithdrawalResult = await rest.cancelWithdrawal(params);
 * ```
 */
export interface RestCancelWithdrawalParams {
  /** Asset of the withdrawal. */
  asset: NonNullable<Ops["cancelWithdrawal"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Reference id of the withdrawal. */
  refid: NonNullable<Ops["cancelWithdrawal"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["refid"];
}
/**
 * Result of {@link RestMethods.cancelWithdrawal | cancelWithdrawal}: True when the cancel request was accepted.
 * @example
 * ```ts
 * const params: RestCancelWithdrawalParams = { asset: "XBT", refid: "refid" };
 * const result: RestCancelWithdrawalResult = await rest.cancelWithdrawal(params);
 * ```
 */
export type RestCancelWithdrawalResult = NonNullable<NonNullable<Ops["cancelWithdrawal"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.createSubaccount | createSubaccount}.
 * @example
 * ```ts
 * const params: RestCreateSubaccountParams = { username: "username", email: "email" };
 * const result: RestCreateSubaccountResult = await rest.createSubaccount(params);
 * ```
 */
export interface RestCreateSubaccountParams {
  /** Username of the new subaccount. */
  username: NonNullable<Ops["createSubaccount"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["username"];
  /** E-mail address of the new subaccount. */
  email: NonNullable<Ops["createSubaccount"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["email"];
}
/**
 * Result of {@link RestMethods.createSubaccount | createSubaccount}: True when the subaccount was created.
 * @example
 * ```ts
 * const params: RestCreateSubaccountParams = { username: "username", email: "email" };
 * const result: RestCreateSubaccountResult = await rest.createSubaccount(params);
 * ```
 */
export type RestCreateSubaccountResult = NonNullable<NonNullable<Ops["createSubaccount"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.deallocateStrategy | deallocateStrategy}.
 * @example
 * ```ts
 * const params: RestDeallocateStrategyParams = { amount: "1.0", strategy_id: "strategy_id" };
 * const result: RestDeallocateStrategyResult = await rest.deallocateStrategy(params);
 * ```
 */
export interface RestDeallocateStrategyParams {
  /** Amount in the strategy's asset. */
  amount: NonNullable<Ops["deallocateStrategy"]["requestBody"]>["content"]["application/json"]["amount"];
  /** Strategy id from Earn/Strategies. */
  strategy_id: NonNullable<Ops["deallocateStrategy"]["requestBody"]>["content"]["application/json"]["strategy_id"];
}
/**
 * Result of {@link RestMethods.deallocateStrategy | deallocateStrategy}: True when the request was accepted; null on error.
 * @example
 * ```ts
 * const params: RestDeallocateStrategyParams = { amount: "1.0", strategy_id: "strategy_id" };
 * const result: RestDeallocateStrategyResult = await rest.deallocateStrategy(params);
 * ```
 */
export type RestDeallocateStrategyResult = NonNullable<NonNullable<Ops["deallocateStrategy"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.editOrder | editOrder}: Cancel-and-replace edit. When `txid` is a userref it must match exactly one order.
 * @example
 * ```ts
 * const params: RestEditOrderParams = { txid: "txid", pair: "XBTUSD" };
 * const result: RestEditOrderResult = await rest.editOrder(params);
 * ```
 */
export interface RestEditOrderParams {
  /** A Kraken order id (txid), or a userref (integer) which selects every open order carrying it. */
  txid: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["txid"];
  /** userref for the replacement order (the original's userref is not carried over). */
  userref?: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["userref"];
  /** New quantity in base currency; must not be below what already filled. */
  volume?: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["volume"];
  /** Iceberg only: new visible quantity, at least 1/15 of `volume`. */
  displayvol?: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["displayvol"];
  /** Pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`). */
  pair: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["pair"];
  /** Set to `tokenized_asset` for xStocks pairs; omit for crypto pairs. One of: `tokenized_asset`. */
  asset_class?: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset_class"];
  /** New price (same meaning and relative forms as AddOrder). */
  price?: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["price"];
  /** New secondary price (same meaning as AddOrder). */
  price2?: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["price2"];
  /** Only `post` can change: every other flag of the original is kept, but post-only must be restated to keep it. */
  oflags?: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["oflags"];
  /** RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s. */
  deadline?: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["deadline"];
  /** Ask for a response while the replace is still pending instead of waiting for completion. */
  cancel_response?: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["cancel_response"];
  /** Only validate the request; nothing reaches the matching engine and no txid is returned. Default: `false`. */
  validate?: NonNullable<Ops["editOrder"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["validate"];
}
/**
 * Result of {@link RestMethods.editOrder | editOrder}: Outcome of an edit (cancel and replace).
 * @example
 * ```ts
 * const params: RestEditOrderParams = { txid: "txid", pair: "XBTUSD" };
 * const result: RestEditOrderResult = await rest.editOrder(params);
 * ```
 */
export interface RestEditOrderResult extends NonNullable<NonNullable<Ops["editOrder"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.exportStatus | exportStatus}.
 * @example
 * ```ts
 * const params: RestExportStatusParams = { report: "trades" };
 * const result: RestExportStatusResult = await rest.exportStatus(params);
 * ```
 */
export interface RestExportStatusParams {
  /** Report kind. One of: `trades`, `ledgers`. */
  report: NonNullable<Ops["exportStatus"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["report"];
}
/**
 * Result of {@link RestMethods.exportStatus | exportStatus}: Reports of that kind.
 * @example
 * ```ts
 * const params: RestExportStatusParams = { report: "trades" };
 * const result: RestExportStatusResult = await rest.exportStatus(params);
 * ```
 */
export type RestExportStatusResult = NonNullable<NonNullable<Ops["exportStatus"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getAccountBalance | getAccountBalance}.
 * @example
 * ```ts
 * const params: RestGetAccountBalanceParams = {};
 * const result: RestGetAccountBalanceResult = await rest.getAccountBalance(params);
 * ```
 */
export interface RestGetAccountBalanceParams {
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getAccountBalance"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getAccountBalance | getAccountBalance}: Asset to balance.
 * @example
 * ```ts
 * const params: RestGetAccountBalanceParams = {};
 * const result: RestGetAccountBalanceResult = await rest.getAccountBalance(params);
 * ```
 */
export type RestGetAccountBalanceResult = NonNullable<NonNullable<Ops["getAccountBalance"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getAllocateStrategyStatus | getAllocateStrategyStatus}.
 * @example
 * ```ts
 * const params: RestGetAllocateStrategyStatusParams = { strategy_id: "strategy_id" };
 * const result: RestGetAllocateStrategyStatusResult = await rest.getAllocateStrategyStatus(params);
 * ```
 */
export interface RestGetAllocateStrategyStatusParams {
  /** Strategy id from Earn/Strategies. */
  strategy_id: NonNullable<Ops["getAllocateStrategyStatus"]["requestBody"]>["content"]["application/json"]["strategy_id"];
}
/**
 * Result of {@link RestMethods.getAllocateStrategyStatus | getAllocateStrategyStatus}.
 * @example
 * ```ts
 * const params: RestGetAllocateStrategyStatusParams = { strategy_id: "strategy_id" };
 * const result: RestGetAllocateStrategyStatusResult = await rest.getAllocateStrategyStatus(params);
 * ```
 */
export type RestGetAllocateStrategyStatusResult = NonNullable<NonNullable<Ops["getAllocateStrategyStatus"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getApiKeyInfo | getApiKeyInfo}.
 * @example
 * ```ts
 * const params: RestGetApiKeyInfoParams = {};
 * const result: RestGetApiKeyInfoResult = await rest.getApiKeyInfo(params);
 * ```
 */
export interface RestGetApiKeyInfoParams {

}
/**
 * Result of {@link RestMethods.getApiKeyInfo | getApiKeyInfo}: Facts about the API key that signed the request.
 * @example
 * ```ts
 * const params: RestGetApiKeyInfoParams = {};
 * const result: RestGetApiKeyInfoResult = await rest.getApiKeyInfo(params);
 * ```
 */
export interface RestGetApiKeyInfoResult extends NonNullable<NonNullable<Ops["getApiKeyInfo"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getAssetInfo | getAssetInfo}.
 * @example
 * ```ts
 * const params: RestGetAssetInfoParams = {};
 * const result: RestGetAssetInfoResult = await rest.getAssetInfo(params);
 * ```
 */
export interface RestGetAssetInfoParams {
  /** Comma-separated assets to return (e.g. `XBT,ETH`); all when omitted. */
  asset?: NonNullable<Ops["getAssetInfo"]["parameters"]["query"]>["asset"];
  /** Asset class: `currency` (spot crypto and fiat) or `tokenized_asset` (xStocks). One of: `currency`, `tokenized_asset`. Default: `"currency"`. */
  aclass?: NonNullable<Ops["getAssetInfo"]["parameters"]["query"]>["aclass"];
}
/**
 * Result of {@link RestMethods.getAssetInfo | getAssetInfo}: Asset id (e.g. `XXBT`) to asset info.
 * @example
 * ```ts
 * const params: RestGetAssetInfoParams = {};
 * const result: RestGetAssetInfoResult = await rest.getAssetInfo(params);
 * ```
 */
export type RestGetAssetInfoResult = NonNullable<NonNullable<Ops["getAssetInfo"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getClosedOrders | getClosedOrders}.
 * @example
 * ```ts
 * const params: RestGetClosedOrdersParams = {};
 * const result: RestGetClosedOrdersResult = await rest.getClosedOrders(params);
 * ```
 */
export interface RestGetClosedOrdersParams {
  /** Include the ids of fills of each order. Default: `false`. */
  trades?: NonNullable<Ops["getClosedOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["trades"];
  /** Only orders with this client tag. */
  userref?: NonNullable<Ops["getClosedOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["userref"];
  /** Only the order with this client order id. */
  cl_ord_id?: NonNullable<Ops["getClosedOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["cl_ord_id"];
  /** Lower bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
  start?: NonNullable<Ops["getClosedOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["start"];
  /** Upper bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
  end?: NonNullable<Ops["getClosedOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["end"];
  /** Offset into the result set, for paging 50 at a time. */
  ofs?: NonNullable<Ops["getClosedOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["ofs"];
  /** Which time `start`/`end` compare against. One of: `open`, `close`, `both`. Default: `"both"`. */
  closetime?: NonNullable<Ops["getClosedOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["closetime"];
  /** Combine fills of one taker order into one trade. Default: `true`. */
  consolidate_taker?: NonNullable<Ops["getClosedOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["consolidate_taker"];
  /** Skip counting the total (faster for large histories). Default: `false`. */
  without_count?: NonNullable<Ops["getClosedOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["without_count"];
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getClosedOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getClosedOrders | getClosedOrders}: A page of closed orders.
 * @example
 * ```ts
 * const params: RestGetClosedOrdersParams = {};
 * const result: RestGetClosedOrdersResult = await rest.getClosedOrders(params);
 * ```
 */
export interface RestGetClosedOrdersResult extends NonNullable<NonNullable<Ops["getClosedOrders"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getCreditLines | getCreditLines}.
 * @example
 * ```ts
 * const params: RestGetCreditLinesParams = {};
 * const result: RestGetCreditLinesResult = await rest.getCreditLines(params);
 * ```
 */
export interface RestGetCreditLinesParams {
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getCreditLines"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getCreditLines | getCreditLines}.
 * @example
 * ```ts
 * const params: RestGetCreditLinesParams = {};
 * const result: RestGetCreditLinesResult = await rest.getCreditLines(params);
 * ```
 */
export type RestGetCreditLinesResult = NonNullable<NonNullable<Ops["getCreditLines"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getDeallocateStrategyStatus | getDeallocateStrategyStatus}.
 * @example
 * ```ts
 * const params: RestGetDeallocateStrategyStatusParams = { strategy_id: "strategy_id" };
 * const result: RestGetDeallocateStrategyStatusResult = await rest.getDeallocateStrategyStatus(params);
 * ```
 */
export interface RestGetDeallocateStrategyStatusParams {
  /** Strategy id from Earn/Strategies. */
  strategy_id: NonNullable<Ops["getDeallocateStrategyStatus"]["requestBody"]>["content"]["application/json"]["strategy_id"];
}
/**
 * Result of {@link RestMethods.getDeallocateStrategyStatus | getDeallocateStrategyStatus}.
 * @example
 * ```ts
 * const params: RestGetDeallocateStrategyStatusParams = { strategy_id: "strategy_id" };
 * const result: RestGetDeallocateStrategyStatusResult = await rest.getDeallocateStrategyStatus(params);
 * ```
 */
export type RestGetDeallocateStrategyStatusResult = NonNullable<NonNullable<Ops["getDeallocateStrategyStatus"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getDepositAddresses | getDepositAddresses}.
 * @example
 * ```ts
 * const params: RestGetDepositAddressesParams = { asset: "XBT", method: "method" };
 * const result: RestGetDepositAddressesResult = await rest.getDepositAddresses(params);
 * ```
 */
export interface RestGetDepositAddressesParams {
  /** Asset to deposit. */
  asset: NonNullable<Ops["getDepositAddresses"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Deposit method name, from DepositMethods. */
  method: NonNullable<Ops["getDepositAddresses"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["method"];
  /** Generate a new address. Default: `false`. */
  new?: NonNullable<Ops["getDepositAddresses"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["new"];
  /** Amount to deposit; only for `Bitcoin Lightning`, where the address is an invoice. */
  amount?: NonNullable<Ops["getDepositAddresses"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["amount"];
}
/**
 * Result of {@link RestMethods.getDepositAddresses | getDepositAddresses}: Addresses.
 * @example
 * ```ts
 * const params: RestGetDepositAddressesParams = { asset: "XBT", method: "method" };
 * const result: RestGetDepositAddressesResult = await rest.getDepositAddresses(params);
 * ```
 */
export type RestGetDepositAddressesResult = NonNullable<NonNullable<Ops["getDepositAddresses"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getDepositMethods | getDepositMethods}.
 * @example
 * ```ts
 * const params: RestGetDepositMethodsParams = { asset: "XBT" };
 * const result: RestGetDepositMethodsResult = await rest.getDepositMethods(params);
 * ```
 */
export interface RestGetDepositMethodsParams {
  /** Asset to deposit, e.g. `XBT`. */
  asset: NonNullable<Ops["getDepositMethods"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Asset class of the asset: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`. */
  aclass?: NonNullable<Ops["getDepositMethods"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["aclass"];
}
/**
 * Result of {@link RestMethods.getDepositMethods | getDepositMethods}: Available methods.
 * @example
 * ```ts
 * const params: RestGetDepositMethodsParams = { asset: "XBT" };
 * const result: RestGetDepositMethodsResult = await rest.getDepositMethods(params);
 * ```
 */
export type RestGetDepositMethodsResult = NonNullable<NonNullable<Ops["getDepositMethods"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getExtendedBalance | getExtendedBalance}.
 * @example
 * ```ts
 * const params: RestGetExtendedBalanceParams = {};
 * const result: RestGetExtendedBalanceResult = await rest.getExtendedBalance(params);
 * ```
 */
export interface RestGetExtendedBalanceParams {
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getExtendedBalance"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getExtendedBalance | getExtendedBalance}: Asset to extended balance.
 * @example
 * ```ts
 * const params: RestGetExtendedBalanceParams = {};
 * const result: RestGetExtendedBalanceResult = await rest.getExtendedBalance(params);
 * ```
 */
export type RestGetExtendedBalanceResult = NonNullable<NonNullable<Ops["getExtendedBalance"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getGroupedBook | getGroupedBook}.
 * @example
 * ```ts
 * const params: RestGetGroupedBookParams = { pair: "BTC/USD" };
 * const result: RestGetGroupedBookResult = await rest.getGroupedBook(params);
 * ```
 */
export interface RestGetGroupedBookParams {
  /** Pair to return, e.g. `BTC/USD`. */
  pair: NonNullable<Ops["getGroupedBook"]["parameters"]["query"]>["pair"];
  /** Levels per side. One of: `10`, `25`, `100`, `250`, `1000`. Default: `10`. */
  depth?: NonNullable<Ops["getGroupedBook"]["parameters"]["query"]>["depth"];
  /** Ticks folded into each level. One of: `1`, `5`, `10`, `25`, `50`, `100`, `250`, `500`, `1000`. Default: `1`. */
  grouping?: NonNullable<Ops["getGroupedBook"]["parameters"]["query"]>["grouping"];
}
/**
 * Result of {@link RestMethods.getGroupedBook | getGroupedBook}: Order book with several ticks folded into each level.
 * @example
 * ```ts
 * const params: RestGetGroupedBookParams = { pair: "BTC/USD" };
 * const result: RestGetGroupedBookResult = await rest.getGroupedBook(params);
 * ```
 */
export interface RestGetGroupedBookResult extends NonNullable<NonNullable<Ops["getGroupedBook"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getLedgers | getLedgers}.
 * @example
 * ```ts
 * const params: RestGetLedgersParams = {};
 * const result: RestGetLedgersResult = await rest.getLedgers(params);
 * ```
 */
export interface RestGetLedgersParams {
  /** Comma-separated assets. Default: `"all"`. */
  asset?: NonNullable<Ops["getLedgers"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Asset class. Default: `"currency"`. */
  aclass?: NonNullable<Ops["getLedgers"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["aclass"];
  /** Entry type to return. One of: `all`, `trade`, `deposit`, `withdrawal`, `transfer`, `margin`, `adjustment`, `rollover`, `credit`, `settled`, `staking`, `dividend`, `sale`, `nft_rebate`. Default: `"all"`. */
  type?: NonNullable<Ops["getLedgers"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["type"];
  /** Lower bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
  start?: NonNullable<Ops["getLedgers"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["start"];
  /** Upper bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
  end?: NonNullable<Ops["getLedgers"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["end"];
  /** Offset into the result set, for paging 50 at a time. */
  ofs?: NonNullable<Ops["getLedgers"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["ofs"];
  /** Skip counting the total (faster for large histories). Default: `false`. */
  without_count?: NonNullable<Ops["getLedgers"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["without_count"];
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getLedgers"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getLedgers | getLedgers}: A page of ledger entries.
 * @example
 * ```ts
 * const params: RestGetLedgersParams = {};
 * const result: RestGetLedgersResult = await rest.getLedgers(params);
 * ```
 */
export interface RestGetLedgersResult extends NonNullable<NonNullable<Ops["getLedgers"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getLedgersInfo | getLedgersInfo}.
 * @example
 * ```ts
 * const params: RestGetLedgersInfoParams = { id: "id" };
 * const result: RestGetLedgersInfoResult = await rest.getLedgersInfo(params);
 * ```
 */
export interface RestGetLedgersInfoParams {
  /** Comma-separated ledger ids (at most 20). */
  id: NonNullable<Ops["getLedgersInfo"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["id"];
  /** Include related trade ids. Default: `false`. */
  trades?: NonNullable<Ops["getLedgersInfo"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["trades"];
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getLedgersInfo"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getLedgersInfo | getLedgersInfo}: Ledger id to entry.
 * @example
 * ```ts
 * const params: RestGetLedgersInfoParams = { id: "id" };
 * const result: RestGetLedgersInfoResult = await rest.getLedgersInfo(params);
 * ```
 */
export type RestGetLedgersInfoResult = NonNullable<NonNullable<Ops["getLedgersInfo"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getLevel3Book | getLevel3Book}.
 * @example
 * ```ts
 * const params: RestGetLevel3BookParams = { pair: "XBTUSD" };
 * const result: RestGetLevel3BookResult = await rest.getLevel3Book(params);
 * ```
 */
export interface RestGetLevel3BookParams {
  /** Pair to return, e.g. `BTC/USD`. */
  pair: NonNullable<Ops["getLevel3Book"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["pair"];
  /** Price levels per side; 0 returns the whole book. One of: `0`, `10`, `25`, `100`, `250`, `1000`. Default: `100`. */
  depth?: NonNullable<Ops["getLevel3Book"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["depth"];
}
/**
 * Result of {@link RestMethods.getLevel3Book | getLevel3Book}: Order-by-order snapshot of one pair.
 * @example
 * ```ts
 * const params: RestGetLevel3BookParams = { pair: "XBTUSD" };
 * const result: RestGetLevel3BookResult = await rest.getLevel3Book(params);
 * ```
 */
export interface RestGetLevel3BookResult extends NonNullable<NonNullable<Ops["getLevel3Book"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getOHLCData | getOHLCData}.
 * @example
 * ```ts
 * const params: RestGetOHLCDataParams = { pair: "XBTUSD" };
 * const result: RestGetOHLCDataResult = await rest.getOHLCData(params);
 * ```
 */
export interface RestGetOHLCDataParams {
  /** Pair to get candles for: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`). */
  pair: NonNullable<Ops["getOHLCData"]["parameters"]["query"]>["pair"];
  /** Candle length in minutes. One of: `1`, `5`, `15`, `30`, `60`, `240`, `1440`, `10080`, `21600`. Default: `1`. */
  interval?: NonNullable<Ops["getOHLCData"]["parameters"]["query"]>["interval"];
  /** Only return candles after this Unix second (use the previous response's `last`). */
  since?: NonNullable<Ops["getOHLCData"]["parameters"]["query"]>["since"];
  /** Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). One of: `tokenized_asset`. */
  asset_class?: NonNullable<Ops["getOHLCData"]["parameters"]["query"]>["asset_class"];
}
/**
 * Result of {@link RestMethods.getOHLCData | getOHLCData}: Pair id to candles, plus `last`.
 * @example
 * ```ts
 * const params: RestGetOHLCDataParams = { pair: "XBTUSD" };
 * const result: RestGetOHLCDataResult = await rest.getOHLCData(params);
 * ```
 */
export type RestGetOHLCDataResult = NonNullable<NonNullable<Ops["getOHLCData"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getOpenOrders | getOpenOrders}.
 * @example
 * ```ts
 * const params: RestGetOpenOrdersParams = {};
 * const result: RestGetOpenOrdersResult = await rest.getOpenOrders(params);
 * ```
 */
export interface RestGetOpenOrdersParams {
  /** Include the ids of fills of each order. Default: `false`. */
  trades?: NonNullable<Ops["getOpenOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["trades"];
  /** Only orders with this client tag. */
  userref?: NonNullable<Ops["getOpenOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["userref"];
  /** Only the order with this client order id. */
  cl_ord_id?: NonNullable<Ops["getOpenOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["cl_ord_id"];
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getOpenOrders"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getOpenOrders | getOpenOrders}: Open orders.
 * @example
 * ```ts
 * const params: RestGetOpenOrdersParams = {};
 * const result: RestGetOpenOrdersResult = await rest.getOpenOrders(params);
 * ```
 */
export interface RestGetOpenOrdersResult extends NonNullable<NonNullable<Ops["getOpenOrders"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getOpenPositions | getOpenPositions}.
 * @example
 * ```ts
 * const params: RestGetOpenPositionsParams = {};
 * const result: RestGetOpenPositionsResult = await rest.getOpenPositions(params);
 * ```
 */
export interface RestGetOpenPositionsParams {
  /** Comma-separated position ids to return; all when omitted. */
  txid?: NonNullable<Ops["getOpenPositions"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["txid"];
  /** Compute current value and profit/loss. Default: `false`. */
  docalcs?: NonNullable<Ops["getOpenPositions"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["docalcs"];
  /** `market` combines positions per pair (the result becomes a list). One of: `market`. */
  consolidation?: NonNullable<Ops["getOpenPositions"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["consolidation"];
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getOpenPositions"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getOpenPositions | getOpenPositions}.
 * @example
 * ```ts
 * const params: RestGetOpenPositionsParams = {};
 * const result: RestGetOpenPositionsResult = await rest.getOpenPositions(params);
 * ```
 */
export type RestGetOpenPositionsResult = NonNullable<NonNullable<Ops["getOpenPositions"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getOrderAmends | getOrderAmends}.
 * @example
 * ```ts
 * const params: RestGetOrderAmendsParams = { order_id: "order_id" };
 * const result: RestGetOrderAmendsResult = await rest.getOrderAmends(params);
 * ```
 */
export interface RestGetOrderAmendsParams {
  /** Kraken order id. */
  order_id: NonNullable<Ops["getOrderAmends"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["order_id"];
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getOrderAmends"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getOrderAmends | getOrderAmends}: Amend history.
 * @example
 * ```ts
 * const params: RestGetOrderAmendsParams = { order_id: "order_id" };
 * const result: RestGetOrderAmendsResult = await rest.getOrderAmends(params);
 * ```
 */
export interface RestGetOrderAmendsResult extends NonNullable<NonNullable<Ops["getOrderAmends"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getOrderBook | getOrderBook}.
 * @example
 * ```ts
 * const params: RestGetOrderBookParams = { pair: "XBTUSD" };
 * const result: RestGetOrderBookResult = await rest.getOrderBook(params);
 * ```
 */
export interface RestGetOrderBookParams {
  /** Pair whose book to return: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`). */
  pair: NonNullable<Ops["getOrderBook"]["parameters"]["query"]>["pair"];
  /** Levels per side. Default: `100`. */
  count?: NonNullable<Ops["getOrderBook"]["parameters"]["query"]>["count"];
  /** Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). One of: `tokenized_asset`. */
  asset_class?: NonNullable<Ops["getOrderBook"]["parameters"]["query"]>["asset_class"];
}
/**
 * Result of {@link RestMethods.getOrderBook | getOrderBook}: Pair id to its book.
 * @example
 * ```ts
 * const params: RestGetOrderBookParams = { pair: "XBTUSD" };
 * const result: RestGetOrderBookResult = await rest.getOrderBook(params);
 * ```
 */
export type RestGetOrderBookResult = NonNullable<NonNullable<Ops["getOrderBook"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getOrdersInfo | getOrdersInfo}.
 * @example
 * ```ts
 * const params: RestGetOrdersInfoParams = { txid: "txid" };
 * const result: RestGetOrdersInfoResult = await rest.getOrdersInfo(params);
 * ```
 */
export interface RestGetOrdersInfoParams {
  /** Include the ids of fills of each order. Default: `false`. */
  trades?: NonNullable<Ops["getOrdersInfo"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["trades"];
  /** Only orders with this client tag. */
  userref?: NonNullable<Ops["getOrdersInfo"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["userref"];
  /** Comma-separated order ids (at most 50). */
  txid: NonNullable<Ops["getOrdersInfo"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["txid"];
  /** Combine fills of one taker order into one trade. Default: `true`. */
  consolidate_taker?: NonNullable<Ops["getOrdersInfo"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["consolidate_taker"];
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getOrdersInfo"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getOrdersInfo | getOrdersInfo}: Order id to order.
 * @example
 * ```ts
 * const params: RestGetOrdersInfoParams = { txid: "txid" };
 * const result: RestGetOrdersInfoResult = await rest.getOrdersInfo(params);
 * ```
 */
export type RestGetOrdersInfoResult = NonNullable<NonNullable<Ops["getOrdersInfo"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getPostTradeData | getPostTradeData}.
 * @example
 * ```ts
 * const params: RestGetPostTradeDataParams = {};
 * const result: RestGetPostTradeDataResult = await rest.getPostTradeData(params);
 * ```
 */
export interface RestGetPostTradeDataParams {
  /** Only trades of this pair, e.g. `BTC/USD`. */
  symbol?: NonNullable<Ops["getPostTradeData"]["parameters"]["query"]>["symbol"];
  /** Only trades after this time (ISO 8601, up to nanoseconds). */
  from_ts?: NonNullable<Ops["getPostTradeData"]["parameters"]["query"]>["from_ts"];
  /** Only trades at or before this time (ISO 8601). */
  to_ts?: NonNullable<Ops["getPostTradeData"]["parameters"]["query"]>["to_ts"];
  /** Maximum number of trades. Default: `1000`. */
  count?: NonNullable<Ops["getPostTradeData"]["parameters"]["query"]>["count"];
}
/**
 * Result of {@link RestMethods.getPostTradeData | getPostTradeData}: A batch of post-trade transparency records.
 * @example
 * ```ts
 * const params: RestGetPostTradeDataParams = {};
 * const result: RestGetPostTradeDataResult = await rest.getPostTradeData(params);
 * ```
 */
export interface RestGetPostTradeDataResult extends NonNullable<NonNullable<Ops["getPostTradeData"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getPreTradeData | getPreTradeData}.
 * @example
 * ```ts
 * const params: RestGetPreTradeDataParams = { symbol: "BTC/USD" };
 * const result: RestGetPreTradeDataResult = await rest.getPreTradeData(params);
 * ```
 */
export interface RestGetPreTradeDataParams {
  /** Pair symbol, e.g. `BTC/USD`. */
  symbol: NonNullable<Ops["getPreTradeData"]["parameters"]["query"]>["symbol"];
}
/**
 * Result of {@link RestMethods.getPreTradeData | getPreTradeData}: Pre-trade transparency view: the top 10 aggregated levels of one pair, with regulatory identifiers.
 * @example
 * ```ts
 * const params: RestGetPreTradeDataParams = { symbol: "BTC/USD" };
 * const result: RestGetPreTradeDataResult = await rest.getPreTradeData(params);
 * ```
 */
export type RestGetPreTradeDataResult = NonNullable<NonNullable<Ops["getPreTradeData"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getRecentSpreads | getRecentSpreads}.
 * @example
 * ```ts
 * const params: RestGetRecentSpreadsParams = { pair: "XBTUSD" };
 * const result: RestGetRecentSpreadsResult = await rest.getRecentSpreads(params);
 * ```
 */
export interface RestGetRecentSpreadsParams {
  /** Pair whose spreads to return: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`). */
  pair: NonNullable<Ops["getRecentSpreads"]["parameters"]["query"]>["pair"];
  /** Only return entries after this Unix second (use the previous `last`). */
  since?: NonNullable<Ops["getRecentSpreads"]["parameters"]["query"]>["since"];
  /** Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). One of: `tokenized_asset`. */
  asset_class?: NonNullable<Ops["getRecentSpreads"]["parameters"]["query"]>["asset_class"];
}
/**
 * Result of {@link RestMethods.getRecentSpreads | getRecentSpreads}: Pair id to spread entries, plus `last`.
 * @example
 * ```ts
 * const params: RestGetRecentSpreadsParams = { pair: "XBTUSD" };
 * const result: RestGetRecentSpreadsResult = await rest.getRecentSpreads(params);
 * ```
 */
export type RestGetRecentSpreadsResult = NonNullable<NonNullable<Ops["getRecentSpreads"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getRecentTrades | getRecentTrades}.
 * @example
 * ```ts
 * const params: RestGetRecentTradesParams = { pair: "XBTUSD" };
 * const result: RestGetRecentTradesResult = await rest.getRecentTrades(params);
 * ```
 */
export interface RestGetRecentTradesParams {
  /** Pair whose trades to return: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`). */
  pair: NonNullable<Ops["getRecentTrades"]["parameters"]["query"]>["pair"];
  /** Return trades after this cursor: the previous `last` (nanoseconds) or a Unix second. */
  since?: NonNullable<Ops["getRecentTrades"]["parameters"]["query"]>["since"];
  /** Maximum number of trades. Default: `1000`. */
  count?: NonNullable<Ops["getRecentTrades"]["parameters"]["query"]>["count"];
  /** Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). One of: `tokenized_asset`. */
  asset_class?: NonNullable<Ops["getRecentTrades"]["parameters"]["query"]>["asset_class"];
}
/**
 * Result of {@link RestMethods.getRecentTrades | getRecentTrades}: Pair id to trades, plus `last`.
 * @example
 * ```ts
 * const params: RestGetRecentTradesParams = { pair: "XBTUSD" };
 * const result: RestGetRecentTradesResult = await rest.getRecentTrades(params);
 * ```
 */
export type RestGetRecentTradesResult = NonNullable<NonNullable<Ops["getRecentTrades"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getServerTime | getServerTime}.
 * @example
 * ```ts
 * const params: RestGetServerTimeParams = {};
 * const result: RestGetServerTimeResult = await rest.getServerTime(params);
 * ```
 */
export interface RestGetServerTimeParams {

}
/**
 * Result of {@link RestMethods.getServerTime | getServerTime}: Server time.
 * @example
 * ```ts
 * const params: RestGetServerTimeParams = {};
 * const result: RestGetServerTimeResult = await rest.getServerTime(params);
 * ```
 */
export interface RestGetServerTimeResult extends NonNullable<NonNullable<Ops["getServerTime"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getStatusRecentDeposits | getStatusRecentDeposits}.
 * @example
 * ```ts
 * const params: RestGetStatusRecentDepositsParams = {};
 * const result: RestGetStatusRecentDepositsResult = await rest.getStatusRecentDeposits(params);
 * ```
 */
export interface RestGetStatusRecentDepositsParams {
  /** Only this asset. */
  asset?: NonNullable<Ops["getStatusRecentDeposits"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`. */
  aclass?: NonNullable<Ops["getStatusRecentDeposits"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["aclass"];
  /** Only this deposit method. */
  method?: NonNullable<Ops["getStatusRecentDeposits"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["method"];
  /** Only deposits made at or after this Unix time (seconds, as a string). */
  start?: NonNullable<Ops["getStatusRecentDeposits"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["start"];
  /** Only deposits made at or before this Unix time (seconds, as a string). */
  end?: NonNullable<Ops["getStatusRecentDeposits"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["end"];
  /** Paging switch or cursor. With paging on, at most `limit` entries (default 25) come back per call, newest first, together with `next_cursor`. Default: `false`. */
  cursor?: NonNullable<Ops["getStatusRecentDeposits"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["cursor"];
  /** Page size when paging. Default: `25`. */
  limit?: NonNullable<Ops["getStatusRecentDeposits"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["limit"];
}
/**
 * Result of {@link RestMethods.getStatusRecentDeposits | getStatusRecentDeposits}.
 * @example
 * ```ts
 * const params: RestGetStatusRecentDepositsParams = {};
 * const result: RestGetStatusRecentDepositsResult = await rest.getStatusRecentDeposits(params);
 * ```
 */
export type RestGetStatusRecentDepositsResult = NonNullable<NonNullable<Ops["getStatusRecentDeposits"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getStatusRecentWithdrawals | getStatusRecentWithdrawals}.
 * @example
 * ```ts
 * const params: RestGetStatusRecentWithdrawalsParams = {};
 * const result: RestGetStatusRecentWithdrawalsResult = await rest.getStatusRecentWithdrawals(params);
 * ```
 */
export interface RestGetStatusRecentWithdrawalsParams {
  /** Only this asset. */
  asset?: NonNullable<Ops["getStatusRecentWithdrawals"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`. */
  aclass?: NonNullable<Ops["getStatusRecentWithdrawals"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["aclass"];
  /** Only this withdrawal method. */
  method?: NonNullable<Ops["getStatusRecentWithdrawals"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["method"];
  /** Only withdrawals made at or after this Unix time (seconds, as a string). */
  start?: NonNullable<Ops["getStatusRecentWithdrawals"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["start"];
  /** Only withdrawals made at or before this Unix time (seconds, as a string). */
  end?: NonNullable<Ops["getStatusRecentWithdrawals"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["end"];
  /** Paging switch or cursor. With paging on, at most `limit` entries (default 500) come back per call, newest first, together with `next_cursor`. Default: `false`. */
  cursor?: NonNullable<Ops["getStatusRecentWithdrawals"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["cursor"];
  /** Page size when paging. Default: `500`. */
  limit?: NonNullable<Ops["getStatusRecentWithdrawals"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["limit"];
}
/**
 * Result of {@link RestMethods.getStatusRecentWithdrawals | getStatusRecentWithdrawals}.
 * @example
 * ```ts
 * const params: RestGetStatusRecentWithdrawalsParams = {};
 * const result: RestGetStatusRecentWithdrawalsResult = await rest.getStatusRecentWithdrawals(params);
 * ```
 */
export type RestGetStatusRecentWithdrawalsResult = NonNullable<NonNullable<Ops["getStatusRecentWithdrawals"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getSystemStatus | getSystemStatus}.
 * @example
 * ```ts
 * const params: RestGetSystemStatusParams = {};
 * const result: RestGetSystemStatusResult = await rest.getSystemStatus(params);
 * ```
 */
export interface RestGetSystemStatusParams {

}
/**
 * Result of {@link RestMethods.getSystemStatus | getSystemStatus}: System status.
 * @example
 * ```ts
 * const params: RestGetSystemStatusParams = {};
 * const result: RestGetSystemStatusResult = await rest.getSystemStatus(params);
 * ```
 */
export interface RestGetSystemStatusResult extends NonNullable<NonNullable<Ops["getSystemStatus"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getTickerInformation | getTickerInformation}.
 * @example
 * ```ts
 * const params: RestGetTickerInformationParams = {};
 * const result: RestGetTickerInformationResult = await rest.getTickerInformation(params);
 * ```
 */
export interface RestGetTickerInformationParams {
  /** Comma-separated pairs; every tradable pair when omitted. */
  pair?: NonNullable<Ops["getTickerInformation"]["parameters"]["query"]>["pair"];
  /** `tokenized_asset` to get xStocks pairs (Kraken's changelog, 5 September 2025). One of: `tokenized_asset`. */
  asset_class?: NonNullable<Ops["getTickerInformation"]["parameters"]["query"]>["asset_class"];
}
/**
 * Result of {@link RestMethods.getTickerInformation | getTickerInformation}: Pair id to ticker.
 * @example
 * ```ts
 * const params: RestGetTickerInformationParams = {};
 * const result: RestGetTickerInformationResult = await rest.getTickerInformation(params);
 * ```
 */
export type RestGetTickerInformationResult = NonNullable<NonNullable<Ops["getTickerInformation"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getTradableAssetPairs | getTradableAssetPairs}.
 * @example
 * ```ts
 * const params: RestGetTradableAssetPairsParams = {};
 * const result: RestGetTradableAssetPairsResult = await rest.getTradableAssetPairs(params);
 * ```
 */
export interface RestGetTradableAssetPairsParams {
  /** Comma-separated pairs (e.g. `BTC/USD,ETH/BTC` or `XBTUSD`); all when omitted. */
  pair?: NonNullable<Ops["getTradableAssetPairs"]["parameters"]["query"]>["pair"];
  /** Asset class of the base asset: `currency` or `tokenized_asset` (xStocks). One of: `currency`, `tokenized_asset`. Default: `"currency"`. */
  aclass_base?: NonNullable<Ops["getTradableAssetPairs"]["parameters"]["query"]>["aclass_base"];
  /** Which part to return: `info` everything, `leverage`, `fees` or `margin` only. One of: `info`, `leverage`, `fees`, `margin`. Default: `"info"`. */
  info?: NonNullable<Ops["getTradableAssetPairs"]["parameters"]["query"]>["info"];
  /** ISO 3166-1 alpha-2 country or region; only pairs available there are returned. */
  country_code?: NonNullable<Ops["getTradableAssetPairs"]["parameters"]["query"]>["country_code"];
  /** Only pairs of this execution venue: `international` or `bitnomial_exchange` (Kraken's changelog, 30 April 2026). One of: `international`, `bitnomial_exchange`. */
  execution_venue?: NonNullable<Ops["getTradableAssetPairs"]["parameters"]["query"]>["execution_venue"];
}
/**
 * Result of {@link RestMethods.getTradableAssetPairs | getTradableAssetPairs}: Pair id (e.g. `XXBTZUSD`) to pair info.
 * @example
 * ```ts
 * const params: RestGetTradableAssetPairsParams = {};
 * const result: RestGetTradableAssetPairsResult = await rest.getTradableAssetPairs(params);
 * ```
 */
export type RestGetTradableAssetPairsResult = NonNullable<NonNullable<Ops["getTradableAssetPairs"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getTradeBalance | getTradeBalance}.
 * @example
 * ```ts
 * const params: RestGetTradeBalanceParams = {};
 * const result: RestGetTradeBalanceResult = await rest.getTradeBalance(params);
 * ```
 */
export interface RestGetTradeBalanceParams {
  /** Asset to value everything in. Default: `"ZUSD"`. */
  asset?: NonNullable<Ops["getTradeBalance"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getTradeBalance"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getTradeBalance | getTradeBalance}: Margin and equity summary, valued in the requested asset.
 * @example
 * ```ts
 * const params: RestGetTradeBalanceParams = {};
 * const result: RestGetTradeBalanceResult = await rest.getTradeBalance(params);
 * ```
 */
export interface RestGetTradeBalanceResult extends NonNullable<NonNullable<Ops["getTradeBalance"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getTradeHistory | getTradeHistory}.
 * @example
 * ```ts
 * const params: RestGetTradeHistoryParams = {};
 * const result: RestGetTradeHistoryResult = await rest.getTradeHistory(params);
 * ```
 */
export interface RestGetTradeHistoryParams {
  /** Which trades, by relation to margin positions. One of: `all`, `any position`, `closed position`, `closing position`, `no position`. Default: `"all"`. */
  type?: NonNullable<Ops["getTradeHistory"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["type"];
  /** Include ids of trades related to positions. Default: `false`. */
  trades?: NonNullable<Ops["getTradeHistory"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["trades"];
  /** Lower bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
  start?: NonNullable<Ops["getTradeHistory"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["start"];
  /** Upper bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
  end?: NonNullable<Ops["getTradeHistory"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["end"];
  /** Offset into the result set, for paging 50 at a time. */
  ofs?: NonNullable<Ops["getTradeHistory"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["ofs"];
  /** Combine fills of one taker order into one trade. Default: `true`. */
  consolidate_taker?: NonNullable<Ops["getTradeHistory"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["consolidate_taker"];
  /** Include ledger ids of each trade. Default: `false`. */
  ledgers?: NonNullable<Ops["getTradeHistory"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["ledgers"];
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getTradeHistory"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getTradeHistory | getTradeHistory}: A page of trades.
 * @example
 * ```ts
 * const params: RestGetTradeHistoryParams = {};
 * const result: RestGetTradeHistoryResult = await rest.getTradeHistory(params);
 * ```
 */
export interface RestGetTradeHistoryResult extends NonNullable<NonNullable<Ops["getTradeHistory"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getTradeVolume | getTradeVolume}.
 * @example
 * ```ts
 * const params: RestGetTradeVolumeParams = {};
 * const result: RestGetTradeVolumeResult = await rest.getTradeVolume(params);
 * ```
 */
export interface RestGetTradeVolumeParams {
  /** The pairs to return fee tiers for: comma-separated pair names (`XBTUSD,ETHEUR`), or (16 June 2026) a list of `{ asset, aclass }` objects, which Kraken needs for non-forex classes such as `derivatives` and `equity_pair`. */
  pair?: NonNullable<Ops["getTradeVolume"]["requestBody"]>["content"]["application/json"]["pair"];
  /** Also return the full fee schedule of each requested pair in `schedules` (16 June 2026). Default: `false`. */
  fee_schedule?: NonNullable<Ops["getTradeVolume"]["requestBody"]>["content"]["application/json"]["fee_schedule"];
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getTradeVolume"]["requestBody"]>["content"]["application/json"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getTradeVolume | getTradeVolume}: 30-day volume and fee tiers.
 * @example
 * ```ts
 * const params: RestGetTradeVolumeParams = {};
 * const result: RestGetTradeVolumeResult = await rest.getTradeVolume(params);
 * ```
 */
export interface RestGetTradeVolumeResult extends NonNullable<NonNullable<Ops["getTradeVolume"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getTradesInfo | getTradesInfo}.
 * @example
 * ```ts
 * const params: RestGetTradesInfoParams = { txid: "txid" };
 * const result: RestGetTradesInfoResult = await rest.getTradesInfo(params);
 * ```
 */
export interface RestGetTradesInfoParams {
  /** Comma-separated trade ids (at most 20). */
  txid: NonNullable<Ops["getTradesInfo"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["txid"];
  /** Include ids of trades related to positions. Default: `false`. */
  trades?: NonNullable<Ops["getTradesInfo"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["trades"];
  /** How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["getTradesInfo"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.getTradesInfo | getTradesInfo}: Trade id to trade.
 * @example
 * ```ts
 * const params: RestGetTradesInfoParams = { txid: "txid" };
 * const result: RestGetTradesInfoResult = await rest.getTradesInfo(params);
 * ```
 */
export type RestGetTradesInfoResult = NonNullable<NonNullable<Ops["getTradesInfo"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getWebsocketsToken | getWebsocketsToken}.
 * @example
 * ```ts
 * const params: RestGetWebsocketsTokenParams = {};
 * const result: RestGetWebsocketsTokenResult = await rest.getWebsocketsToken(params);
 * ```
 */
export interface RestGetWebsocketsTokenParams {

}
/**
 * Result of {@link RestMethods.getWebsocketsToken | getWebsocketsToken}.
 * @example
 * ```ts
 * const params: RestGetWebsocketsTokenParams = {};
 * const result: RestGetWebsocketsTokenResult = await rest.getWebsocketsToken(params);
 * ```
 */
export interface RestGetWebsocketsTokenResult extends NonNullable<NonNullable<Ops["getWebsocketsToken"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getWithdrawalAddresses | getWithdrawalAddresses}.
 * @example
 * ```ts
 * const params: RestGetWithdrawalAddressesParams = {};
 * const result: RestGetWithdrawalAddressesResult = await rest.getWithdrawalAddresses(params);
 * ```
 */
export interface RestGetWithdrawalAddressesParams {
  /** Only this asset. */
  asset?: NonNullable<Ops["getWithdrawalAddresses"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`. */
  aclass?: NonNullable<Ops["getWithdrawalAddresses"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["aclass"];
  /** Only this withdrawal method. */
  method?: NonNullable<Ops["getWithdrawalAddresses"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["method"];
  /** Only the address saved under this name. */
  key?: NonNullable<Ops["getWithdrawalAddresses"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["key"];
  /** Only verified (`true`) or only unverified (`false`) addresses. */
  verified?: NonNullable<Ops["getWithdrawalAddresses"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["verified"];
}
/**
 * Result of {@link RestMethods.getWithdrawalAddresses | getWithdrawalAddresses}: Addresses.
 * @example
 * ```ts
 * const params: RestGetWithdrawalAddressesParams = {};
 * const result: RestGetWithdrawalAddressesResult = await rest.getWithdrawalAddresses(params);
 * ```
 */
export type RestGetWithdrawalAddressesResult = NonNullable<NonNullable<Ops["getWithdrawalAddresses"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.getWithdrawalInformation | getWithdrawalInformation}.
 * @example
 * ```ts
 * const params: RestGetWithdrawalInformationParams = { asset: "XBT", key: "key", amount: "1.0" };
 * const result: RestGetWithdrawalInformationResult = await rest.getWithdrawalInformation(params);
 * ```
 */
export interface RestGetWithdrawalInformationParams {
  /** Asset to withdraw. */
  asset: NonNullable<Ops["getWithdrawalInformation"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Name of the saved withdrawal address. */
  key: NonNullable<Ops["getWithdrawalInformation"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["key"];
  /** Amount to withdraw. */
  amount: NonNullable<Ops["getWithdrawalInformation"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["amount"];
}
/**
 * Result of {@link RestMethods.getWithdrawalInformation | getWithdrawalInformation}.
 * @example
 * ```ts
 * const params: RestGetWithdrawalInformationParams = { asset: "XBT", key: "key", amount: "1.0" };
 * const result: RestGetWithdrawalInformationResult = await rest.getWithdrawalInformation(params);
 * ```
 */
export interface RestGetWithdrawalInformationResult extends NonNullable<NonNullable<Ops["getWithdrawalInformation"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.getWithdrawalMethods | getWithdrawalMethods}.
 * @example
 * ```ts
 * const params: RestGetWithdrawalMethodsParams = {};
 * const result: RestGetWithdrawalMethodsResult = await rest.getWithdrawalMethods(params);
 * ```
 */
export interface RestGetWithdrawalMethodsParams {
  /** Only this asset. */
  asset?: NonNullable<Ops["getWithdrawalMethods"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`. */
  aclass?: NonNullable<Ops["getWithdrawalMethods"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["aclass"];
  /** Only this network. */
  network?: NonNullable<Ops["getWithdrawalMethods"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["network"];
}
/**
 * Result of {@link RestMethods.getWithdrawalMethods | getWithdrawalMethods}: Methods.
 * @example
 * ```ts
 * const params: RestGetWithdrawalMethodsParams = {};
 * const result: RestGetWithdrawalMethodsResult = await rest.getWithdrawalMethods(params);
 * ```
 */
export type RestGetWithdrawalMethodsResult = NonNullable<NonNullable<Ops["getWithdrawalMethods"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.listAllocations | listAllocations}.
 * @example
 * ```ts
 * const params: RestListAllocationsParams = {};
 * const result: RestListAllocationsResult = await rest.listAllocations(params);
 * ```
 */
export interface RestListAllocationsParams {
  /** Sort ascending instead of descending. Default: `false`. */
  ascending?: NonNullable<Ops["listAllocations"]["requestBody"]>["content"]["application/json"]["ascending"];
  /** Asset in which to express amounts. Default: `"USD"`. */
  converted_asset?: NonNullable<Ops["listAllocations"]["requestBody"]>["content"]["application/json"]["converted_asset"];
  /** Leave out strategies with no allocation left. Default: `false`. */
  hide_zero_allocations?: NonNullable<Ops["listAllocations"]["requestBody"]>["content"]["application/json"]["hide_zero_allocations"];
}
/**
 * Result of {@link RestMethods.listAllocations | listAllocations}.
 * @example
 * ```ts
 * const params: RestListAllocationsParams = {};
 * const result: RestListAllocationsResult = await rest.listAllocations(params);
 * ```
 */
export interface RestListAllocationsResult extends NonNullable<NonNullable<Ops["listAllocations"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.listStrategies | listStrategies}.
 * @example
 * ```ts
 * const params: RestListStrategiesParams = {};
 * const result: RestListStrategiesResult = await rest.listStrategies(params);
 * ```
 */
export interface RestListStrategiesParams {
  /** Sort ascending instead of descending. Default: `false`. */
  ascending?: NonNullable<Ops["listStrategies"]["requestBody"]>["content"]["application/json"]["ascending"];
  /** Only strategies for this asset. */
  asset?: NonNullable<Ops["listStrategies"]["requestBody"]>["content"]["application/json"]["asset"];
  /** Page cursor from `next_cursor`; omit for the first page. */
  cursor?: NonNullable<Ops["listStrategies"]["requestBody"]>["content"]["application/json"]["cursor"];
  /** Page size (Kraken may cap it lower). */
  limit?: NonNullable<Ops["listStrategies"]["requestBody"]>["content"]["application/json"]["limit"];
  /** Only strategies with these lock types. */
  lock_type?: NonNullable<Ops["listStrategies"]["requestBody"]>["content"]["application/json"]["lock_type"];
}
/**
 * Result of {@link RestMethods.listStrategies | listStrategies}.
 * @example
 * ```ts
 * const params: RestListStrategiesParams = {};
 * const result: RestListStrategiesResult = await rest.listStrategies(params);
 * ```
 */
export interface RestListStrategiesResult extends NonNullable<NonNullable<Ops["listStrategies"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.listWalletAccounts | listWalletAccounts}.
 * @example
 * ```ts
 * const params: RestListWalletAccountsParams = {};
 * const result: RestListWalletAccountsResult = await rest.listWalletAccounts(params);
 * ```
 */
export interface RestListWalletAccountsParams {

}
/**
 * Result of {@link RestMethods.listWalletAccounts | listWalletAccounts}: Wallet accounts of the user.
 * @example
 * ```ts
 * const params: RestListWalletAccountsParams = {};
 * const result: RestListWalletAccountsResult = await rest.listWalletAccounts(params);
 * ```
 */
export interface RestListWalletAccountsResult extends NonNullable<NonNullable<Ops["listWalletAccounts"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.removeExport | removeExport}.
 * @example
 * ```ts
 * const params: RestRemoveExportParams = { id: "id", type: "cancel" };
 * const result: RestRemoveExportResult = await rest.removeExport(params);
 * ```
 */
export interface RestRemoveExportParams {
  /** Report id. */
  id: NonNullable<Ops["removeExport"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["id"];
  /** `cancel` a queued/processing report, `delete` a processed one. One of: `cancel`, `delete`. */
  type: NonNullable<Ops["removeExport"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["type"];
}
/**
 * Result of {@link RestMethods.removeExport | removeExport}: Outcome; one of the two keys is present.
 * @example
 * ```ts
 * const params: RestRemoveExportParams = { id: "id", type: "cancel" };
 * const result: RestRemoveExportResult = await rest.removeExport(params);
 * ```
 */
export interface RestRemoveExportResult extends NonNullable<NonNullable<Ops["removeExport"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.retrieveExport | retrieveExport}.
 * @example
 * ```ts
 * const params: RestRetrieveExportParams = { id: "id" };
 * const result: RestRetrieveExportResult = await rest.retrieveExport(params);
 * ```
 */
export interface RestRetrieveExportParams {
  /** Report id. */
  id: NonNullable<Ops["retrieveExport"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["id"];
}
/**
 * Result of {@link RestMethods.retrieveExport | retrieveExport}: Rarely present alongside errors.
 * @example
 * ```ts
 * const params: RestRetrieveExportParams = { id: "id" };
 * const result: RestRetrieveExportResult = await rest.retrieveExport(params);
 * ```
 */
export type RestRetrieveExportResult = NonNullable<NonNullable<Ops["retrieveExport"]["responses"][200]["content"]["application/json"]["result"]>>;

/**
 * Parameters of {@link RestMethods.walletTransfer | walletTransfer}.
 * @example
 * ```ts
 * const params: RestWalletTransferParams = { asset: "XBT", from: "Spot Wallet", to: "Futures Wallet", amount: "1.0" };
 * const result: RestWalletTransferResult = await rest.walletTransfer(params);
 * ```
 */
export interface RestWalletTransferParams {
  /** Asset to move (id or altname). */
  asset: NonNullable<Ops["walletTransfer"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Source wallet; only `Spot Wallet`. One of: `Spot Wallet`. */
  from: NonNullable<Ops["walletTransfer"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["from"];
  /** Destination wallet; only `Futures Wallet`. One of: `Futures Wallet`. */
  to: NonNullable<Ops["walletTransfer"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["to"];
  /** Amount to move. */
  amount: NonNullable<Ops["walletTransfer"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["amount"];
}
/**
 * Result of {@link RestMethods.walletTransfer | walletTransfer}.
 * @example
 * ```ts
 * const params: RestWalletTransferParams = { asset: "XBT", from: "Spot Wallet", to: "Futures Wallet", amount: "1.0" };
 * const result: RestWalletTransferResult = await rest.walletTransfer(params);
 * ```
 */
export interface RestWalletTransferResult extends NonNullable<NonNullable<Ops["walletTransfer"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * Parameters of {@link RestMethods.withdrawFunds | withdrawFunds}.
 * @example
 * ```ts
 * const params: RestWithdrawFundsParams = { asset: "XBT", key: "key", amount: "1.0" };
 * const result: RestWithdrawFundsResult = await rest.withdrawFunds(params);
 * ```
 */
export interface RestWithdrawFundsParams {
  /** Asset to withdraw. */
  asset: NonNullable<Ops["withdrawFunds"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["asset"];
  /** Asset class of the asset: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`. */
  aclass?: NonNullable<Ops["withdrawFunds"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["aclass"];
  /** Name of the saved withdrawal address. */
  key: NonNullable<Ops["withdrawFunds"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["key"];
  /** Optional safety check: the request fails unless `key` resolves to this address. */
  address?: NonNullable<Ops["withdrawFunds"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["address"];
  /** Amount to withdraw. */
  amount: NonNullable<Ops["withdrawFunds"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["amount"];
  /** Fail with `EFunding:Max fee exceeded` instead of paying a higher fee. */
  max_fee?: NonNullable<Ops["withdrawFunds"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["max_fee"];
  /** xStocks only: amounts in underlying-share units (`rebased`) or in token units (`base`). One of: `rebased`, `base`, `null`. Default: `"rebased"`. */
  rebase_multiplier?: NonNullable<Ops["withdrawFunds"]["requestBody"]>["content"]["application/x-www-form-urlencoded"]["rebase_multiplier"];
}
/**
 * Result of {@link RestMethods.withdrawFunds | withdrawFunds}.
 * @example
 * ```ts
 * const params: RestWithdrawFundsParams = { asset: "XBT", key: "key", amount: "1.0" };
 * const result: RestWithdrawFundsResult = await rest.withdrawFunds(params);
 * ```
 */
export interface RestWithdrawFundsResult extends NonNullable<NonNullable<Ops["withdrawFunds"]["responses"][200]["content"]["application/json"]["result"]>> {}

/**
 * The parameters of every operation, by operationId.
 * @example
 * ```ts
 * const x: OperationParamsMap["getOrderBook"] = { pair: "XBTUSD" };
 * ```
 */
export interface OperationParamsMap {
  accountTransfer: RestAccountTransferParams;
  addExport: RestAddExportParams;
  addOrder: RestAddOrderParams;
  addOrderBatch: RestAddOrderBatchParams;
  allocateStrategy: RestAllocateStrategyParams;
  amendOrder: RestAmendOrderParams;
  cancelAllOrders: RestCancelAllOrdersParams;
  cancelAllOrdersAfter: RestCancelAllOrdersAfterParams;
  cancelOrder: RestCancelOrderParams;
  cancelOrderBatch: RestCancelOrderBatchParams;
  cancelWithdrawal: RestCancelWithdrawalParams;
  createSubaccount: RestCreateSubaccountParams;
  deallocateStrategy: RestDeallocateStrategyParams;
  editOrder: RestEditOrderParams;
  exportStatus: RestExportStatusParams;
  getAccountBalance: RestGetAccountBalanceParams;
  getAllocateStrategyStatus: RestGetAllocateStrategyStatusParams;
  getApiKeyInfo: RestGetApiKeyInfoParams;
  getAssetInfo: RestGetAssetInfoParams;
  getClosedOrders: RestGetClosedOrdersParams;
  getCreditLines: RestGetCreditLinesParams;
  getDeallocateStrategyStatus: RestGetDeallocateStrategyStatusParams;
  getDepositAddresses: RestGetDepositAddressesParams;
  getDepositMethods: RestGetDepositMethodsParams;
  getExtendedBalance: RestGetExtendedBalanceParams;
  getGroupedBook: RestGetGroupedBookParams;
  getLedgers: RestGetLedgersParams;
  getLedgersInfo: RestGetLedgersInfoParams;
  getLevel3Book: RestGetLevel3BookParams;
  getOHLCData: RestGetOHLCDataParams;
  getOpenOrders: RestGetOpenOrdersParams;
  getOpenPositions: RestGetOpenPositionsParams;
  getOrderAmends: RestGetOrderAmendsParams;
  getOrderBook: RestGetOrderBookParams;
  getOrdersInfo: RestGetOrdersInfoParams;
  getPostTradeData: RestGetPostTradeDataParams;
  getPreTradeData: RestGetPreTradeDataParams;
  getRecentSpreads: RestGetRecentSpreadsParams;
  getRecentTrades: RestGetRecentTradesParams;
  getServerTime: RestGetServerTimeParams;
  getStatusRecentDeposits: RestGetStatusRecentDepositsParams;
  getStatusRecentWithdrawals: RestGetStatusRecentWithdrawalsParams;
  getSystemStatus: RestGetSystemStatusParams;
  getTickerInformation: RestGetTickerInformationParams;
  getTradableAssetPairs: RestGetTradableAssetPairsParams;
  getTradeBalance: RestGetTradeBalanceParams;
  getTradeHistory: RestGetTradeHistoryParams;
  getTradeVolume: RestGetTradeVolumeParams;
  getTradesInfo: RestGetTradesInfoParams;
  getWebsocketsToken: RestGetWebsocketsTokenParams;
  getWithdrawalAddresses: RestGetWithdrawalAddressesParams;
  getWithdrawalInformation: RestGetWithdrawalInformationParams;
  getWithdrawalMethods: RestGetWithdrawalMethodsParams;
  listAllocations: RestListAllocationsParams;
  listStrategies: RestListStrategiesParams;
  listWalletAccounts: RestListWalletAccountsParams;
  removeExport: RestRemoveExportParams;
  retrieveExport: RestRetrieveExportParams;
  walletTransfer: RestWalletTransferParams;
  withdrawFunds: RestWithdrawFundsParams;
}

/**
 * The result of every operation, by operationId.
 * @example
 * ```ts
 * const x: OperationResultMap["getOrderBook"] = await rest.getOrderBook({ pair: "XBTUSD" });
 * ```
 */
export interface OperationResultMap {
  accountTransfer: RestAccountTransferResult;
  addExport: RestAddExportResult;
  addOrder: RestAddOrderResult | RestAddOrderValidateResult;
  addOrderBatch: RestAddOrderBatchResult;
  allocateStrategy: RestAllocateStrategyResult;
  amendOrder: RestAmendOrderResult;
  cancelAllOrders: RestCancelAllOrdersResult;
  cancelAllOrdersAfter: RestCancelAllOrdersAfterResult;
  cancelOrder: RestCancelOrderResult;
  cancelOrderBatch: RestCancelOrderBatchResult;
  cancelWithdrawal: RestCancelWithdrawalResult;
  createSubaccount: RestCreateSubaccountResult;
  deallocateStrategy: RestDeallocateStrategyResult;
  editOrder: RestEditOrderResult;
  exportStatus: RestExportStatusResult;
  getAccountBalance: RestGetAccountBalanceResult;
  getAllocateStrategyStatus: RestGetAllocateStrategyStatusResult;
  getApiKeyInfo: RestGetApiKeyInfoResult;
  getAssetInfo: RestGetAssetInfoResult;
  getClosedOrders: RestGetClosedOrdersResult;
  getCreditLines: RestGetCreditLinesResult;
  getDeallocateStrategyStatus: RestGetDeallocateStrategyStatusResult;
  getDepositAddresses: RestGetDepositAddressesResult;
  getDepositMethods: RestGetDepositMethodsResult;
  getExtendedBalance: RestGetExtendedBalanceResult;
  getGroupedBook: RestGetGroupedBookResult;
  getLedgers: RestGetLedgersResult;
  getLedgersInfo: RestGetLedgersInfoResult;
  getLevel3Book: RestGetLevel3BookResult;
  getOHLCData: RestGetOHLCDataResult;
  getOpenOrders: RestGetOpenOrdersResult;
  getOpenPositions: RestGetOpenPositionsResult;
  getOrderAmends: RestGetOrderAmendsResult;
  getOrderBook: RestGetOrderBookResult;
  getOrdersInfo: RestGetOrdersInfoResult;
  getPostTradeData: RestGetPostTradeDataResult;
  getPreTradeData: RestGetPreTradeDataResult;
  getRecentSpreads: RestGetRecentSpreadsResult;
  getRecentTrades: RestGetRecentTradesResult;
  getServerTime: RestGetServerTimeResult;
  getStatusRecentDeposits: RestGetStatusRecentDepositsResult;
  getStatusRecentWithdrawals: RestGetStatusRecentWithdrawalsResult;
  getSystemStatus: RestGetSystemStatusResult;
  getTickerInformation: RestGetTickerInformationResult;
  getTradableAssetPairs: RestGetTradableAssetPairsResult;
  getTradeBalance: RestGetTradeBalanceResult;
  getTradeHistory: RestGetTradeHistoryResult;
  getTradeVolume: RestGetTradeVolumeResult;
  getTradesInfo: RestGetTradesInfoResult;
  getWebsocketsToken: RestGetWebsocketsTokenResult;
  getWithdrawalAddresses: RestGetWithdrawalAddressesResult;
  getWithdrawalInformation: RestGetWithdrawalInformationResult;
  getWithdrawalMethods: RestGetWithdrawalMethodsResult;
  listAllocations: RestListAllocationsResult;
  listStrategies: RestListStrategiesResult;
  listWalletAccounts: RestListWalletAccountsResult;
  removeExport: RestRemoveExportResult;
  retrieveExport: RestRetrieveExportResult;
  walletTransfer: RestWalletTransferResult;
  withdrawFunds: RestWithdrawFundsResult;
}

/**
 * One documented method per Kraken Spot REST operation; `O` is the per-call options type.
 * Every method resolves to the unwrapped `result` and rejects with a `KrakenError`.
 * @example
 * ```ts
 * const methods: RestMethods<CallOptions> = new KrakenRest();
 * const { unixtime } = await methods.getServerTime();
 * ```
 */
export interface RestMethods<O> {
  /**
   * Transfer between master and subaccounts.
   *
   * Moves funds between the master account and its subaccounts, instantly and without fee (master-account key only). Accounts are named by IIBAN. Moves money, so never resent automatically.
   *
   * - Kraken endpoint: `POST /0/private/AccountTransfer` (signed form body)
   * - API-key permission: `funds-withdraw` (Funds permissions - Withdraw)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `never`: not retried automatically; after a lost response the outcome is unknown, so check the account before calling again (orders: `findOrder` by `cl_ord_id`).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset`, `EAccount:Invalid permissions`
   *
   * @param params - {@link RestAccountTransferParams}:
   *   - `asset` (required): Asset to move.
   *   - `asset_class` (optional): Asset class of the asset: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`.
   *   - `amount` (required): Amount to move.
   *   - `from` (required): IIBAN of the source account.
   *   - `to` (required): IIBAN of the destination account.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestAccountTransferResult}
   * @see https://docs.kraken.com/api-reference/subaccounts/account-transfer
   */
  accountTransfer(params: RestAccountTransferParams, options?: O): Promise<RestAccountTransferResult>;
  /**
   * Request export report.
   *
   * Queue an export of trades or ledgers; poll `exportStatus`, then download with `retrieveExport`.
   *
   * - Kraken endpoint: `POST /0/private/AddExport` (signed form body)
   * - API-key permission: `export-data` (Data - Export data)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `unsent`: retried automatically only when the request certainly did not reach Kraken; otherwise the failure is thrown.
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestAddExportParams}:
   *   - `report` (required): What to export. One of: `trades`, `ledgers`.
   *   - `format` (optional): File format. One of: `CSV`, `TSV`. Default: `"CSV"`.
   *   - `description` (required): Name of the report.
   *   - `fields` (optional): Comma-separated fields. Trades: `ordertxid, time, ordertype, price, cost, fee, vol, margin, misc, ledgers`; ledgers: `refid, time, type, subtype, aclass, asset, amount, fee, balance, wallet`. Default: `"all"`.
   *   - `starttm` (optional): Start of the period, Unix seconds (default: the 1st of the current month).
   *   - `endtm` (optional): End of the period, Unix seconds (default: now).
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestAddExportResult}: Queued report.
   * @see https://docs.kraken.com/api-reference/account-data/add-export
   */
  addExport(params: RestAddExportParams, options?: O): Promise<RestAddExportResult>;
  /**
   * Place an order.
   *
   * Places one order. Check pair limits (tick size, `ordermin`, `costmin`, leverage) with AssetPairs first. The conditional close order goes in `close` (bracket keys in form bodies). Never resent automatically: a lost response must be reconciled through `cl_ord_id` or `userref`.
   *
   * - Kraken endpoint: `POST /0/private/AddOrder` (signed form body)
   * - API-key permission: `orders-create-modify` (Orders and trades - Create & modify orders)
   * - Rate-limit cost: the per-pair trading-engine counter (shared with WebSocket and FIX), not the REST call counter
   * - Retry class: `never`: not retried automatically; after a lost response the outcome is unknown, so check the account before calling again (orders: `findOrder` by `cl_ord_id`).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EOrder:Insufficient funds`, `EOrder:Order minimum not met`, `EOrder:Cost minimum not met`, `EOrder:Tick size check failed`, `EOrder:Invalid price`, `EOrder:Orders limit exceeded`, `EOrder:Margin level too low`, `EQuery:Unknown asset pair`, `EService:Market in cancel_only mode`, `EService:Market in post_only mode`, `EService:Deadline elapsed`
   *
   * @param params - {@link RestAddOrderParams}:
   *   - `userref` (optional): Your own numeric tag; not unique, so many orders may share it (cancel or query them together). Cannot be combined with `cl_ord_id`.
   *   - `cl_ord_id` (optional): Client order id, unique among the account's open orders: a UUID with dashes (36 chars), the same 32 hex digits without dashes, or free ASCII text of at most 18 characters. Cannot be combined with `userref`.
   *   - `ordertype` (required): How the order executes. `market` and `limit` are plain orders; `iceberg` is a limit order showing only `displayvol`; the stop/take-profit families wait for `trigger` to cross `price`; `*-limit` variants then place a limit at `price2`; trailing variants follow the market by an offset; `settle-position` closes a margin position. One of: `market`, `limit`, `iceberg`, `stop-loss`, `take-profit`, `stop-loss-limit`, `take-profit-limit`, `trailing-stop`, `trailing-stop-limit`, `settle-position`.
   *   - `type` (required): Direction of the order. One of: `buy`, `sell`.
   *   - `volume` (required): Quantity in base currency (quote currency with the `viqc` flag). `0` closes a margin position in full.
   *   - `displayvol` (optional): Iceberg orders only: quantity visible in the book, at least 1/15 of `volume`.
   *   - `price` (optional): Limit price (limit, iceberg) or trigger price (stop, take-profit, trailing types). May be relative; trailing types need `+<offset>`.
   *   - `price2` (optional): Limit price for the `*-limit` types. For trailing-stop-limit an offset from the trigger (`+0` means equal).
   *   - `trigger` (optional): Price feed compared against the trigger price of stop, take-profit and trailing orders (and of their conditional close). `last` is the last trade on Kraken; `index` is the external index price, with the last trade used as fallback while the index feed is unavailable. One of: `index`, `last`. Default: `"last"`.
   *   - `leverage` (optional): Leverage for a margin order, e.g. `5` (default: no leverage, spot order).
   *   - `reduce_only` (optional): Only reduce an existing margin position; never increase it or open a new one. Default: `false`.
   *   - `stptype` (optional): What the engine does when this order would match another order of the same account: `cancel-newest` drops the incoming order, `cancel-oldest` drops the resting one, `cancel-both` drops both. One of: `cancel-newest`, `cancel-oldest`, `cancel-both`. Default: `"cancel-newest"`.
   *   - `oflags` (optional): Comma-separated order flags: `post` (post-only, limit orders only), `fcib` (take the fee in base currency; default for sells), `fciq` (fee in quote currency; default for buys; excludes `fcib`), `nompp` (turn off market price protection for market orders), `viqc` (volume is in quote currency; buy market orders only, not with leverage).
   *   - `timeinforce` (optional): `GTC` rests until cancelled; `IOC` fills what it can at once and cancels the rest; `GTD` rests until `expiretm` (which it then requires); `FOK` fills completely at once or not at all (Kraken's changelog, 12 May 2026). One of: `GTC`, `IOC`, `GTD`, `FOK`. Default: `"GTC"`.
   *   - `starttm` (optional): Scheduled start: `0` now (default), a Unix timestamp, or `+<n>` seconds from now.
   *   - `expiretm` (optional): Expiry (needed for GTD, at most one month ahead): `0` none (default), a Unix timestamp, or `+<n>` seconds from now (at least 5).
   *   - `pair` (required): Pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`).
   *   - `asset_class` (optional): Set to `tokenized_asset` for xStocks pairs; omit for crypto pairs. One of: `tokenized_asset`.
   *   - `close` (optional): Conditional close order placed automatically, for the filled quantity and on the opposite side, each time the primary order fills. Once placed it is an independent order. In form bodies it travels as the bracket keys `close[ordertype]`, `close[price]`, `close[price2]` (deepObject style); in JSON bodies as a nested object.
   *   - `deadline` (optional): RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s.
   *   - `validate` (optional): Only validate the request; nothing reaches the matching engine and no txid is returned. Default: `false`.
   *   - `broker` (optional): Partner identifier for qualified members of Kraken's API Partner Program (Kraken's changelog, 7 May 2026).
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestAddOrderResult}: Accepted order.
   * @see https://docs.kraken.com/api-reference/trading/add-order
   */
  addOrder<V extends boolean = false>(params: RestAddOrderParams<V>, options?: O): Promise<V extends true ? RestAddOrderValidateResult : RestAddOrderResult>;
  /**
   * Place 2 to 15 orders on one pair.
   *
   * Places between 2 and 15 orders on a single pair. Kraken validates the whole batch first and rejects all of it if any order is invalid; orders that later fail engine checks (e.g. funds) are rejected individually with `error` in their result entry. Sent as JSON because the orders are an array of objects.
   *
   * - Kraken endpoint: `POST /0/private/AddOrderBatch` (signed json body)
   * - API-key permission: all of `orders-create-modify` (Orders and trades - Create & modify orders), `orders-cancel` (Orders and trades - Cancel & close orders)
   * - Rate-limit cost: the per-pair trading-engine counter (shared with WebSocket and FIX), not the REST call counter
   * - Retry class: `never`: not retried automatically; after a lost response the outcome is unknown, so check the account before calling again (orders: `findOrder` by `cl_ord_id`).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EOrder:Insufficient funds`, `EOrder:Order minimum not met`, `EOrder:Cost minimum not met`, `EOrder:Tick size check failed`, `EOrder:Invalid price`, `EOrder:Orders limit exceeded`, `EOrder:Margin level too low`, `EQuery:Unknown asset pair`, `EService:Market in cancel_only mode`, `EService:Market in post_only mode`, `EService:Deadline elapsed`
   *
   * @param params - {@link RestAddOrderBatchParams}:
   *   - `orders` (required): The orders, 2 to 15, all on `pair`.
   *   - `pair` (required): Pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`).
   *   - `asset_class` (optional): Set to `tokenized_asset` for xStocks pairs; omit for crypto pairs. One of: `tokenized_asset`.
   *   - `deadline` (optional): RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s.
   *   - `validate` (optional): Only validate the request; nothing reaches the matching engine and no txid is returned. Default: `false`.
   *   - `broker` (optional): Partner identifier for qualified members of Kraken's API Partner Program (Kraken's changelog, 7 May 2026).
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestAddOrderBatchResult}
   * @see https://docs.kraken.com/api-reference/trading/add-order-batch
   */
  addOrderBatch(params: RestAddOrderBatchParams, options?: O): Promise<RestAddOrderBatchResult>;
  /**
   * Allocate funds to a strategy.
   *
   * Allocates an amount to an Earn strategy. Asynchronous: Kraken runs a few checks, answers, and finishes later; poll the matching status endpoint. Only one (de)allocation per strategy can be in flight (`EEarnings:Busy:...` otherwise). Moves funds, so never resent automatically.
   *
   * - Kraken endpoint: `POST /0/private/Earn/Allocate` (signed json body)
   * - API-key permission: `earn` (Earn Funds)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `never`: not retried automatically; after a lost response the outcome is unknown, so check the account before calling again (orders: `findOrder` by `cl_ord_id`).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EGeneral:Invalid arguments:Invalid strategy ID`, `EEarnings:Below min:(De)allocation operation amount less than minimum`, `EEarnings:Busy:Another (de)allocation for the same strategy is in progress`, `EEarnings:Permission denied:The user's tier is not high enough`, `EEarnings:Above max:The allocation exceeds user limit for the strategy`, `EEarnings:Above max:The allocation exceeds the total strategy limit`
   *
   * @param params - {@link RestAllocateStrategyParams}:
   *   - `amount` (required): Amount in the strategy's asset.
   *   - `strategy_id` (required): Strategy id from Earn/Strategies.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestAllocateStrategyResult}: True when the request was accepted; null on error.
   * @see https://docs.kraken.com/api-reference/earn/allocate-strategy
   */
  allocateStrategy(params: RestAllocateStrategyParams, options?: O): Promise<RestAllocateStrategyResult>;
  /**
   * Amend an open order in place.
   *
   * Changes quantity, display quantity, limit or trigger price of an open order without cancelling it; txid and cl_ord_id are kept, queue priority where possible. Cheaper on the trading rate counter than EditOrder.
   *
   * - Kraken endpoint: `POST /0/private/AmendOrder` (signed form body)
   * - API-key permission: any of `orders-create-modify` (Orders and trades - Create & modify orders), `orders-cancel` (Orders and trades - Cancel & close orders)
   * - Rate-limit cost: the per-pair trading-engine counter (shared with WebSocket and FIX), not the REST call counter
   * - Retry class: `never`: not retried automatically; after a lost response the outcome is unknown, so check the account before calling again (orders: `findOrder` by `cl_ord_id`).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EOrder:Invalid order`, `EOrder:Invalid price`, `EOrder:Tick size check failed`, `EService:Deadline elapsed`
   *
   * @param params - {@link RestAmendOrderParams}:
   *   - `txid` (one of these is required): Kraken id of the order to amend. Give this or `cl_ord_id`.
   *   - `cl_ord_id` (one of these is required): Client id of the order to amend. Give this or `txid`.
   *   - `order_qty` (optional): New total quantity in base currency. Below the filled quantity, the rest is cancelled.
   *   - `display_qty` (optional): Iceberg only: new visible quantity, at least 1/15 of the remaining quantity.
   *   - `limit_price` (optional): New limit price; may be relative (`+`/`-` prefix, `%` suffix).
   *   - `trigger_price` (optional): New trigger price for triggered order types; may be relative.
   *   - `pair` (optional): Pair of the order; required for xStocks (non-crypto) pairs.
   *   - `post_only` (optional): Reject a `limit_price` change that would take liquidity instead of resting in the book. Default: `false`.
   *   - `deadline` (optional): RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestAmendOrderResult}
   * @see https://docs.kraken.com/api-reference/trading/amend-order
   */
  amendOrder(params: RestAmendOrderParams, options?: O): Promise<RestAmendOrderResult>;
  /**
   * Cancel all open orders.
   *
   * Cancels every open order of the account. Retry class `unsent`: a repeated cancel is harmless in effect, but a late duplicate could hit an order placed afterwards under the same userref or cl_ord_id, so the runtime resends only when the first attempt certainly never reached Kraken.
   *
   * - Kraken endpoint: `POST /0/private/CancelAll` (signed form body)
   * - API-key permission: any of `orders-cancel` (Orders and trades - Cancel & close orders), `orders-create-modify` (Orders and trades - Create & modify orders)
   * - Rate-limit cost: the per-pair trading-engine counter (shared with WebSocket and FIX), not the REST call counter
   * - Retry class: `unsent`: retried automatically only when the request certainly did not reach Kraken; otherwise the failure is thrown.
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestCancelAllOrdersParams} (none).
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestCancelAllOrdersResult}
   * @see https://docs.kraken.com/api-reference/trading/cancel-all-orders
   */
  cancelAllOrders(params?: RestCancelAllOrdersParams, options?: O): Promise<RestCancelAllOrdersResult>;
  /**
   * Dead man's switch.
   *
   * Starts or pushes back a countdown after which all open orders are cancelled; `timeout: 0` disables it. After it fires the timer stays off until a new non-zero timeout. Kraken suggests calling every 15-30 s with 60 s, and disabling it before scheduled maintenance. Retry class `unsent`: a late duplicate could re-arm a timer that a later call disabled, so it is resent only when the first attempt certainly never left.
   *
   * - Kraken endpoint: `POST /0/private/CancelAllOrdersAfter` (signed form body)
   * - API-key permission: any of `orders-cancel` (Orders and trades - Cancel & close orders), `orders-create-modify` (Orders and trades - Create & modify orders)
   * - Rate-limit cost: the per-pair trading-engine counter (shared with WebSocket and FIX), not the REST call counter
   * - Retry class: `unsent`: retried automatically only when the request certainly did not reach Kraken; otherwise the failure is thrown.
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestCancelAllOrdersAfterParams}:
   *   - `timeout` (required): Seconds until every order is cancelled; `0` disables the timer.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestCancelAllOrdersAfterResult}
   * @see https://docs.kraken.com/api-reference/trading/cancel-all-orders-after
   */
  cancelAllOrdersAfter(params: RestCancelAllOrdersAfterParams, options?: O): Promise<RestCancelAllOrdersAfterResult>;
  /**
   * Cancel an open order.
   *
   * Cancels one order by txid or cl_ord_id, or every open order carrying a userref. Retry class `unsent`: a repeated cancel is harmless in effect, but a late duplicate could hit an order placed afterwards under the same userref or cl_ord_id, so the runtime resends only when the first attempt certainly never reached Kraken.
   *
   * - Kraken endpoint: `POST /0/private/CancelOrder` (signed form body)
   * - API-key permission: any of `orders-cancel` (Orders and trades - Cancel & close orders), `orders-create-modify` (Orders and trades - Create & modify orders)
   * - Rate-limit cost: the per-pair trading-engine counter (shared with WebSocket and FIX), not the REST call counter
   * - Retry class: `unsent`: retried automatically only when the request certainly did not reach Kraken; otherwise the failure is thrown.
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EOrder:Invalid order`
   *
   * @param params - {@link RestCancelOrderParams}:
   *   - `txid` (one of these is required): A Kraken order id (txid), or a userref (integer) which selects every open order carrying it.
   *   - `cl_ord_id` (one of these is required): Client order id of the order to cancel.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestCancelOrderResult}
   * @see https://docs.kraken.com/api-reference/trading/cancel-order
   */
  cancelOrder(params: RestCancelOrderParams, options?: O): Promise<RestCancelOrderResult>;
  /**
   * Cancel up to 50 orders.
   *
   * Cancels open orders given by txid, userref or cl_ord_id, at most 50 unique ids per call. Sent as JSON because the ids are arrays. Retry class `unsent`: a repeated cancel is harmless in effect, but a late duplicate could hit an order placed afterwards under the same userref or cl_ord_id, so the runtime resends only when the first attempt certainly never reached Kraken.
   *
   * - Kraken endpoint: `POST /0/private/CancelOrderBatch` (signed json body)
   * - API-key permission: any of `orders-cancel` (Orders and trades - Cancel & close orders), `orders-create-modify` (Orders and trades - Create & modify orders)
   * - Rate-limit cost: the per-pair trading-engine counter (shared with WebSocket and FIX), not the REST call counter
   * - Retry class: `unsent`: retried automatically only when the request certainly did not reach Kraken; otherwise the failure is thrown.
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EOrder:Invalid order`
   *
   * @param params - {@link RestCancelOrderBatchParams}:
   *   - `orders` (optional): Orders to cancel by txid or userref. Kraken's schema shows `{txid}` objects, its examples plain strings; both are accepted here.
   *   - `cl_ord_ids` (optional): Orders to cancel by client order id.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestCancelOrderBatchResult}
   * @see https://docs.kraken.com/api-reference/trading/cancel-order-batch
   */
  cancelOrderBatch(params?: RestCancelOrderBatchParams, options?: O): Promise<RestCancelOrderBatchResult>;
  /**
   * Cancel a withdrawal.
   *
   * Asks Kraken to cancel a withdrawal that has not been processed yet. No permission is needed when the withdrawal is a WalletTransfer. Retry class `unsent`: repeating the request is harmless, but the runtime still resends it only when the first attempt certainly never reached Kraken, and a repeat after a lost response may report an error for an already-cancelled withdrawal.
   *
   * - Kraken endpoint: `POST /0/private/WithdrawCancel` (signed form body)
   * - API-key permission: `funds-withdraw` (Funds permissions - Withdraw)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `unsent`: retried automatically only when the request certainly did not reach Kraken; otherwise the failure is thrown.
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestCancelWithdrawalParams}:
   *   - `asset` (required): Asset of the withdrawal.
   *   - `refid` (required): Reference id of the withdrawal.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestCancelWithdrawalResult}: True when the cancel request was accepted.
   * @see https://docs.kraken.com/api-reference/funding/cancel-withdrawal
   */
  cancelWithdrawal(params: RestCancelWithdrawalParams, options?: O): Promise<RestCancelWithdrawalResult>;
  /**
   * Create a subaccount.
   *
   * Creates a trading subaccount (institutional clients; master-account key only). Kraken's reference asks for the Withdraw permission while its subaccount guide says Create & Modify Orders; the reference is followed here. Never resent automatically.
   *
   * - Kraken endpoint: `POST /0/private/CreateSubaccount` (signed form body)
   * - API-key permission: `funds-withdraw` (Funds permissions - Withdraw)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `never`: not retried automatically; after a lost response the outcome is unknown, so check the account before calling again (orders: `findOrder` by `cl_ord_id`).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EAccount:Invalid permissions`
   *
   * @param params - {@link RestCreateSubaccountParams}:
   *   - `username` (required): Username of the new subaccount.
   *   - `email` (required): E-mail address of the new subaccount.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestCreateSubaccountResult}: True when the subaccount was created.
   * @see https://docs.kraken.com/api-reference/subaccounts/create-subaccount
   */
  createSubaccount(params: RestCreateSubaccountParams, options?: O): Promise<RestCreateSubaccountResult>;
  /**
   * Deallocate funds from a strategy.
   *
   * Takes an amount out of an Earn strategy (subject to its unbonding period). Asynchronous: Kraken runs a few checks, answers, and finishes later; poll the matching status endpoint. Only one (de)allocation per strategy can be in flight (`EEarnings:Busy:...` otherwise). Moves funds, so never resent automatically.
   *
   * - Kraken endpoint: `POST /0/private/Earn/Deallocate` (signed json body)
   * - API-key permission: `earn` (Earn Funds)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `never`: not retried automatically; after a lost response the outcome is unknown, so check the account before calling again (orders: `findOrder` by `cl_ord_id`).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EGeneral:Invalid arguments:Invalid strategy ID`, `EEarnings:Below min:(De)allocation operation amount less than minimum`, `EEarnings:Busy:Another (de)allocation for the same strategy is in progress`, `EEarnings:Permission denied:The user's tier is not high enough`
   *
   * @param params - {@link RestDeallocateStrategyParams}:
   *   - `amount` (required): Amount in the strategy's asset.
   *   - `strategy_id` (required): Strategy id from Earn/Strategies.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestDeallocateStrategyResult}: True when the request was accepted; null on error.
   * @see https://docs.kraken.com/api-reference/earn/deallocate-strategy
   */
  deallocateStrategy(params: RestDeallocateStrategyParams, options?: O): Promise<RestDeallocateStrategyResult>;
  /**
   * Edit an order (cancel and replace).
   *
   * Legacy edit: cancels the order and creates a new one with a new txid. Not for triggered stop/take-profit orders, orders with a conditional close, or orders with cl_ord_id; queue priority is lost and past fills stay on the original order. Prefer AmendOrder.
   *
   * - Kraken endpoint: `POST /0/private/EditOrder` (signed form body)
   * - API-key permission: all of `orders-create-modify` (Orders and trades - Create & modify orders), `orders-cancel` (Orders and trades - Cancel & close orders)
   * - Rate-limit cost: the per-pair trading-engine counter (shared with WebSocket and FIX), not the REST call counter
   * - Retry class: `never`: not retried automatically; after a lost response the outcome is unknown, so check the account before calling again (orders: `findOrder` by `cl_ord_id`).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EOrder:Invalid order`, `EOrder:Insufficient funds`, `EOrder:Invalid price`, `EQuery:Unknown asset pair`, `EService:Deadline elapsed`
   *
   * @param params - {@link RestEditOrderParams}:
   *   - `txid` (required): A Kraken order id (txid), or a userref (integer) which selects every open order carrying it.
   *   - `userref` (optional): userref for the replacement order (the original's userref is not carried over).
   *   - `volume` (optional): New quantity in base currency; must not be below what already filled.
   *   - `displayvol` (optional): Iceberg only: new visible quantity, at least 1/15 of `volume`.
   *   - `pair` (required): Pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`).
   *   - `asset_class` (optional): Set to `tokenized_asset` for xStocks pairs; omit for crypto pairs. One of: `tokenized_asset`.
   *   - `price` (optional): New price (same meaning and relative forms as AddOrder).
   *   - `price2` (optional): New secondary price (same meaning as AddOrder).
   *   - `oflags` (optional): Only `post` can change: every other flag of the original is kept, but post-only must be restated to keep it.
   *   - `deadline` (optional): RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s.
   *   - `cancel_response` (optional): Ask for a response while the replace is still pending instead of waiting for completion.
   *   - `validate` (optional): Only validate the request; nothing reaches the matching engine and no txid is returned. Default: `false`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestEditOrderResult}: Outcome of an edit (cancel and replace).
   * @see https://docs.kraken.com/api-reference/trading/edit-order
   */
  editOrder(params: RestEditOrderParams, options?: O): Promise<RestEditOrderResult>;
  /**
   * Get export report status.
   *
   * Status of every export of one report kind.
   *
   * - Kraken endpoint: `POST /0/private/ExportStatus` (signed form body)
   * - API-key permission: `export-data` (Data - Export data)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestExportStatusParams}:
   *   - `report` (required): Report kind. One of: `trades`, `ledgers`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestExportStatusResult}: Reports of that kind.
   * @see https://docs.kraken.com/api-reference/account-data/export-status
   */
  exportStatus(params: RestExportStatusParams, options?: O): Promise<RestExportStatusResult>;
  /**
   * Get account balance.
   *
   * Cash balance of every asset, net of pending withdrawals. Keys may carry suffixes for read-only variants: `.S` staked, `.M` opt-in rewards, `.B` yield-bearing, `.F` Kraken Rewards, `.T` tokenized assets.
   *
   * - Kraken endpoint: `POST /0/private/Balance` (signed form body)
   * - API-key permission: `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetAccountBalanceParams}:
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetAccountBalanceResult}: Asset to balance.
   * @see https://docs.kraken.com/api-reference/account-data/get-account-balance
   */
  getAccountBalance(params?: RestGetAccountBalanceParams, options?: O): Promise<RestGetAccountBalanceResult>;
  /**
   * Status of the last allocation.
   *
   * Tells whether the last allocation to a strategy is still pending. If it failed, Kraken answers this call with the original error.
   *
   * - Kraken endpoint: `POST /0/private/Earn/AllocateStatus` (signed json body)
   * - API-key permission: any of `earn` (Earn Funds), `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EGeneral:Invalid arguments:Invalid strategy ID`, `EEarnings:Insufficient funds:Insufficient funds to complete the (de)allocation request`
   *
   * @param params - {@link RestGetAllocateStrategyStatusParams}:
   *   - `strategy_id` (required): Strategy id from Earn/Strategies.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetAllocateStrategyStatusResult}
   * @see https://docs.kraken.com/api-reference/earn/get-allocate-strategy-status
   */
  getAllocateStrategyStatus(params: RestGetAllocateStrategyStatusParams, options?: O): Promise<RestGetAllocateStrategyStatusResult>;
  /**
   * Get API key info.
   *
   * Name, permissions, restrictions (IP allowlist, query window, expiry) and usage times of the key that signs the request. Not in Kraken's official spec snapshot; schema from the current docs. Some accounts or regions may answer `EGeneral:Unknown method`. The result contains the key itself and its last nonce: never log it.
   *
   * - Kraken endpoint: `POST /0/private/GetApiKeyInfo` (signed form body)
   * - API-key permission: `none` (none (any valid key))
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EGeneral:Unknown method`
   *
   * @param params - {@link RestGetApiKeyInfoParams} (none).
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetApiKeyInfoResult}: Facts about the API key that signed the request.
   * @see https://docs.kraken.com/api-reference/account-data/get-api-key-info
   */
  getApiKeyInfo(params?: RestGetApiKeyInfoParams, options?: O): Promise<RestGetApiKeyInfoResult>;
  /**
   * Get asset info.
   *
   * Assets Kraken knows, with record-keeping precision, collateral value and funding status.
   *
   * - Kraken endpoint: `GET /0/public/Assets` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset`
   *
   * @param params - {@link RestGetAssetInfoParams}:
   *   - `asset` (optional): Comma-separated assets to return (e.g. `XBT,ETH`); all when omitted.
   *   - `aclass` (optional): Asset class: `currency` (spot crypto and fiat) or `tokenized_asset` (xStocks). One of: `currency`, `tokenized_asset`. Default: `"currency"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetAssetInfoResult}: Asset id (e.g. `XXBT`) to asset info.
   * @see https://docs.kraken.com/api-reference/market-data/get-asset-info
   */
  getAssetInfo(params?: RestGetAssetInfoParams, options?: O): Promise<RestGetAssetInfoResult>;
  /**
   * Get closed orders.
   *
   * Closed, canceled and expired orders, 50 per call, most recent first. Page with `ofs` and/or `start`/`end`.
   *
   * - Kraken endpoint: `POST /0/private/ClosedOrders` (signed form body)
   * - API-key permission: `orders-query-closed` (Orders and trades - Query closed orders & trades)
   * - Rate-limit cost: 2 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetClosedOrdersParams}:
   *   - `trades` (optional): Include the ids of fills of each order. Default: `false`.
   *   - `userref` (optional): Only orders with this client tag.
   *   - `cl_ord_id` (optional): Only the order with this client order id.
   *   - `start` (optional): Lower bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form.
   *   - `end` (optional): Upper bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form.
   *   - `ofs` (optional): Offset into the result set, for paging 50 at a time.
   *   - `closetime` (optional): Which time `start`/`end` compare against. One of: `open`, `close`, `both`. Default: `"both"`.
   *   - `consolidate_taker` (optional): Combine fills of one taker order into one trade. Default: `true`.
   *   - `without_count` (optional): Skip counting the total (faster for large histories). Default: `false`.
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetClosedOrdersResult}: A page of closed orders.
   * @see https://docs.kraken.com/api-reference/account-data/get-closed-orders
   */
  getClosedOrders(params?: RestGetClosedOrdersParams, options?: O): Promise<RestGetClosedOrdersResult>;
  /**
   * Get credit lines.
   *
   * Credit line details and the account-wide credit monitor (VIP accounts with credit). The result is null when the account has no credit line.
   *
   * - Kraken endpoint: `POST /0/private/CreditLines` (signed form body)
   * - API-key permission: `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetCreditLinesParams}:
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetCreditLinesResult}
   * @see https://docs.kraken.com/api-reference/account-data/get-credit-lines
   */
  getCreditLines(params?: RestGetCreditLinesParams, options?: O): Promise<RestGetCreditLinesResult>;
  /**
   * Status of the last deallocation.
   *
   * Tells whether the last deallocation from a strategy is still pending. If it failed, Kraken answers this call with the original error.
   *
   * - Kraken endpoint: `POST /0/private/Earn/DeallocateStatus` (signed json body)
   * - API-key permission: any of `earn` (Earn Funds), `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EGeneral:Invalid arguments:Invalid strategy ID`, `EEarnings:Insufficient funds:Insufficient funds to complete the (de)allocation request`
   *
   * @param params - {@link RestGetDeallocateStrategyStatusParams}:
   *   - `strategy_id` (required): Strategy id from Earn/Strategies.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetDeallocateStrategyStatusResult}
   * @see https://docs.kraken.com/api-reference/earn/get-deallocate-strategy-status
   */
  getDeallocateStrategyStatus(params: RestGetDeallocateStrategyStatusParams, options?: O): Promise<RestGetDeallocateStrategyStatusResult>;
  /**
   * Deposit addresses (or a new one).
   *
   * Lists deposit addresses of an asset and method, or creates one with `new`. Creating an address is harmless to repeat (at worst one more address), so the call is classed safe.
   *
   * - Kraken endpoint: `POST /0/private/DepositAddresses` (signed form body)
   * - API-key permission: `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset`
   *
   * @param params - {@link RestGetDepositAddressesParams}:
   *   - `asset` (required): Asset to deposit.
   *   - `method` (required): Deposit method name, from DepositMethods.
   *   - `new` (optional): Generate a new address. Default: `false`.
   *   - `amount` (optional): Amount to deposit; only for `Bitcoin Lightning`, where the address is an invoice.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetDepositAddressesResult}: Addresses.
   * @see https://docs.kraken.com/api-reference/funding/get-deposit-addresses
   */
  getDepositAddresses(params: RestGetDepositAddressesParams, options?: O): Promise<RestGetDepositAddressesResult>;
  /**
   * Deposit methods of an asset.
   *
   * Lists the ways an asset can be deposited, with their limits and fees. Legacy funding endpoint (Kraken now points to Funding Beta).
   *
   * - Kraken endpoint: `POST /0/private/DepositMethods` (signed form body)
   * - API-key permission: all of `funds-deposit` (Funds permissions - Deposit), `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset`
   *
   * @param params - {@link RestGetDepositMethodsParams}:
   *   - `asset` (required): Asset to deposit, e.g. `XBT`.
   *   - `aclass` (optional): Asset class of the asset: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetDepositMethodsResult}: Available methods.
   * @see https://docs.kraken.com/api-reference/funding/get-deposit-methods
   */
  getDepositMethods(params: RestGetDepositMethodsParams, options?: O): Promise<RestGetDepositMethodsResult>;
  /**
   * Get extended balance.
   *
   * Balance of every asset with credit and the amount held by open orders.
   *
   * - Kraken endpoint: `POST /0/private/BalanceEx` (signed form body)
   * - API-key permission: `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetExtendedBalanceParams}:
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetExtendedBalanceResult}: Asset to extended balance.
   * @see https://docs.kraken.com/api-reference/account-data/get-extended-balance
   */
  getExtendedBalance(params?: RestGetExtendedBalanceParams, options?: O): Promise<RestGetExtendedBalanceResult>;
  /**
   * Get grouped order book.
   *
   * Order book with volume summed over groups of ticks, for a coarse view deep into the book. Volume between grouped levels goes to the nearest passive level (asks round up, bids round down). Not in Kraken's official spec snapshot; from the current docs.
   *
   * - Kraken endpoint: `GET /0/public/GroupedBook` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset pair`
   *
   * @param params - {@link RestGetGroupedBookParams}:
   *   - `pair` (required): Pair to return, e.g. `BTC/USD`.
   *   - `depth` (optional): Levels per side. One of: `10`, `25`, `100`, `250`, `1000`. Default: `10`.
   *   - `grouping` (optional): Ticks folded into each level. One of: `1`, `5`, `10`, `25`, `50`, `100`, `250`, `500`, `1000`. Default: `1`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetGroupedBookResult}: Order book with several ticks folded into each level.
   * @see https://docs.kraken.com/api-reference/market-data/get-grouped-book
   */
  getGroupedBook(params: RestGetGroupedBookParams, options?: O): Promise<RestGetGroupedBookResult>;
  /**
   * Get ledgers info.
   *
   * Ledger entries, 50 per call, most recent first. Page with `ofs` and/or `start`/`end`.
   *
   * - Kraken endpoint: `POST /0/private/Ledgers` (signed form body)
   * - API-key permission: `ledger-query` (Data - Query ledger entries)
   * - Rate-limit cost: 2 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetLedgersParams}:
   *   - `asset` (optional): Comma-separated assets. Default: `"all"`.
   *   - `aclass` (optional): Asset class. Default: `"currency"`.
   *   - `type` (optional): Entry type to return. One of: `all`, `trade`, `deposit`, `withdrawal`, `transfer`, `margin`, `adjustment`, `rollover`, `credit`, `settled`, `staking`, `dividend`, `sale`, `nft_rebate`. Default: `"all"`.
   *   - `start` (optional): Lower bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form.
   *   - `end` (optional): Upper bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form.
   *   - `ofs` (optional): Offset into the result set, for paging 50 at a time.
   *   - `without_count` (optional): Skip counting the total (faster for large histories). Default: `false`.
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetLedgersResult}: A page of ledger entries.
   * @see https://docs.kraken.com/api-reference/account-data/get-ledgers
   */
  getLedgers(params?: RestGetLedgersParams, options?: O): Promise<RestGetLedgersResult>;
  /**
   * Query ledgers.
   *
   * Specific ledger entries by id (up to 20).
   *
   * - Kraken endpoint: `POST /0/private/QueryLedgers` (signed form body)
   * - API-key permission: `ledger-query` (Data - Query ledger entries)
   * - Rate-limit cost: 2 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetLedgersInfoParams}:
   *   - `id` (required): Comma-separated ledger ids (at most 20).
   *   - `trades` (optional): Include related trade ids. Default: `false`.
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetLedgersInfoResult}: Ledger id to entry.
   * @see https://docs.kraken.com/api-reference/account-data/get-ledgers-info
   */
  getLedgersInfo(params: RestGetLedgersInfoParams, options?: O): Promise<RestGetLedgersInfoResult>;
  /**
   * Get level 3 order book.
   *
   * Order-by-order snapshot of a pair's visible book with order ids and entry times (no in-flight, untriggered or hidden iceberg quantity). Requires authentication. Not in Kraken's official spec snapshot; from the current docs.
   *
   * - Kraken endpoint: `POST /0/private/Level3` (signed form body)
   * - API-key permission: `orders-query-open` (Orders and trades - Query open orders & trades)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset pair`
   *
   * @param params - {@link RestGetLevel3BookParams}:
   *   - `pair` (required): Pair to return, e.g. `BTC/USD`.
   *   - `depth` (optional): Price levels per side; 0 returns the whole book. One of: `0`, `10`, `25`, `100`, `250`, `1000`. Default: `100`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetLevel3BookResult}: Order-by-order snapshot of one pair.
   * @see https://docs.kraken.com/api-reference/market-data/get-level3-book
   */
  getLevel3Book(params: RestGetLevel3BookParams, options?: O): Promise<RestGetLevel3BookResult>;
  /**
   * Get OHLC data.
   *
   * Up to 720 most recent candles of one pair; older data is not reachable here. The last candle is the current, still-changing one and is always included regardless of `since`. Poll with `since` = previous `last`.
   *
   * - Kraken endpoint: `GET /0/public/OHLC` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset pair`
   *
   * @param params - {@link RestGetOHLCDataParams}:
   *   - `pair` (required): Pair to get candles for: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`).
   *   - `interval` (optional): Candle length in minutes. One of: `1`, `5`, `15`, `30`, `60`, `240`, `1440`, `10080`, `21600`. Default: `1`.
   *   - `since` (optional): Only return candles after this Unix second (use the previous response's `last`).
   *   - `asset_class` (optional): Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). One of: `tokenized_asset`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetOHLCDataResult}: Pair id to candles, plus `last`.
   * @see https://docs.kraken.com/api-reference/market-data/get-ohlc-data
   */
  getOHLCData(params: RestGetOHLCDataParams, options?: O): Promise<RestGetOHLCDataResult>;
  /**
   * Get open orders.
   *
   * All open orders of the account, optionally filtered by client tag or client order id.
   *
   * - Kraken endpoint: `POST /0/private/OpenOrders` (signed form body)
   * - API-key permission: `orders-query-open` (Orders and trades - Query open orders & trades)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetOpenOrdersParams}:
   *   - `trades` (optional): Include the ids of fills of each order. Default: `false`.
   *   - `userref` (optional): Only orders with this client tag.
   *   - `cl_ord_id` (optional): Only the order with this client order id.
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetOpenOrdersResult}: Open orders.
   * @see https://docs.kraken.com/api-reference/account-data/get-open-orders
   */
  getOpenOrders(params?: RestGetOpenOrdersParams, options?: O): Promise<RestGetOpenOrdersResult>;
  /**
   * Get open positions.
   *
   * Open margin positions keyed by the id of the opening trade; with `consolidation=market`, a list combined per pair instead.
   *
   * - Kraken endpoint: `POST /0/private/OpenPositions` (signed form body)
   * - API-key permission: `orders-query-open` (Orders and trades - Query open orders & trades)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetOpenPositionsParams}:
   *   - `txid` (optional): Comma-separated position ids to return; all when omitted.
   *   - `docalcs` (optional): Compute current value and profit/loss. Default: `false`.
   *   - `consolidation` (optional): `market` combines positions per pair (the result becomes a list). One of: `market`.
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetOpenPositionsResult}
   * @see https://docs.kraken.com/api-reference/account-data/get-open-positions
   */
  getOpenPositions(params?: RestGetOpenPositionsParams, options?: O): Promise<RestGetOpenPositionsResult>;
  /**
   * Get order amends.
   *
   * Amend history of one order, oldest first; the first entry is the order as placed.
   *
   * - Kraken endpoint: `POST /0/private/OrderAmends` (signed form body)
   * - API-key permission: `orders-query-open` (Orders and trades - Query open orders & trades)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetOrderAmendsParams}:
   *   - `order_id` (required): Kraken order id.
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetOrderAmendsResult}: Amend history.
   * @see https://docs.kraken.com/api-reference/account-data/get-order-amends
   */
  getOrderAmends(params: RestGetOrderAmendsParams, options?: O): Promise<RestGetOrderAmendsResult>;
  /**
   * Get order book.
   *
   * Level 2 order book (aggregated price levels) of one pair, up to 500 levels per side.
   *
   * - Kraken endpoint: `GET /0/public/Depth` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset pair`
   *
   * @param params - {@link RestGetOrderBookParams}:
   *   - `pair` (required): Pair whose book to return: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`).
   *   - `count` (optional): Levels per side. Default: `100`.
   *   - `asset_class` (optional): Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). One of: `tokenized_asset`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetOrderBookResult}: Pair id to its book.
   * @see https://docs.kraken.com/api-reference/market-data/get-order-book
   */
  getOrderBook(params: RestGetOrderBookParams, options?: O): Promise<RestGetOrderBookResult>;
  /**
   * Query orders info.
   *
   * Specific orders, open or closed, by id (up to 50).
   *
   * - Kraken endpoint: `POST /0/private/QueryOrders` (signed form body)
   * - API-key permission: `orders-query-open` (Orders and trades - Query open orders & trades)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetOrdersInfoParams}:
   *   - `trades` (optional): Include the ids of fills of each order. Default: `false`.
   *   - `userref` (optional): Only orders with this client tag.
   *   - `txid` (required): Comma-separated order ids (at most 50).
   *   - `consolidate_taker` (optional): Combine fills of one taker order into one trade. Default: `true`.
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetOrdersInfoResult}: Order id to order.
   * @see https://docs.kraken.com/api-reference/account-data/get-orders-info
   */
  getOrdersInfo(params: RestGetOrdersInfoParams, options?: O): Promise<RestGetOrdersInfoResult>;
  /**
   * Get post-trade transparency data.
   *
   * Executed trades with regulatory identifiers (post-trade transparency). Without filters, the last 1000 trades across all pairs. Page forward with `from_ts` = previous `last_ts`. Not in Kraken's official spec snapshot; from the current docs.
   *
   * - Kraken endpoint: `GET /0/public/PostTrade` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetPostTradeDataParams}:
   *   - `symbol` (optional): Only trades of this pair, e.g. `BTC/USD`.
   *   - `from_ts` (optional): Only trades after this time (ISO 8601, up to nanoseconds).
   *   - `to_ts` (optional): Only trades at or before this time (ISO 8601).
   *   - `count` (optional): Maximum number of trades. Default: `1000`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetPostTradeDataResult}: A batch of post-trade transparency records.
   * @see https://docs.kraken.com/api-reference/market-data/get-post-trade-data
   */
  getPostTradeData(params?: RestGetPostTradeDataParams, options?: O): Promise<RestGetPostTradeDataResult>;
  /**
   * Get pre-trade transparency data.
   *
   * Top 10 aggregated price levels of a pair with order counts, publication times and regulatory identifiers (MiFID II / MiCA pre-trade transparency). Not in Kraken's official spec snapshot; field list from the current docs and observed responses.
   *
   * - Kraken endpoint: `GET /0/public/PreTrade` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetPreTradeDataParams}:
   *   - `symbol` (required): Pair symbol, e.g. `BTC/USD`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetPreTradeDataResult}: Pre-trade transparency view: the top 10 aggregated levels of one pair, with regulatory identifiers.
   * @see https://docs.kraken.com/api-reference/market-data/get-pre-trade-data
   */
  getPreTradeData(params: RestGetPreTradeDataParams, options?: O): Promise<RestGetPreTradeDataResult>;
  /**
   * Get recent spreads.
   *
   * Roughly the last 200 best bid/ask snapshots of one pair (not a full history). Poll with `since` = previous `last`.
   *
   * - Kraken endpoint: `GET /0/public/Spread` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset pair`
   *
   * @param params - {@link RestGetRecentSpreadsParams}:
   *   - `pair` (required): Pair whose spreads to return: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`).
   *   - `since` (optional): Only return entries after this Unix second (use the previous `last`).
   *   - `asset_class` (optional): Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). One of: `tokenized_asset`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetRecentSpreadsResult}: Pair id to spread entries, plus `last`.
   * @see https://docs.kraken.com/api-reference/market-data/get-recent-spreads
   */
  getRecentSpreads(params: RestGetRecentSpreadsParams, options?: O): Promise<RestGetRecentSpreadsResult>;
  /**
   * Get recent trades.
   *
   * Public trades of one pair, up to 1000 per call. Page forward with `since` = previous `last` (a nanosecond cursor).
   *
   * - Kraken endpoint: `GET /0/public/Trades` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset pair`
   *
   * @param params - {@link RestGetRecentTradesParams}:
   *   - `pair` (required): Pair whose trades to return: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`).
   *   - `since` (optional): Return trades after this cursor: the previous `last` (nanoseconds) or a Unix second.
   *   - `count` (optional): Maximum number of trades. Default: `1000`.
   *   - `asset_class` (optional): Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). One of: `tokenized_asset`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetRecentTradesResult}: Pair id to trades, plus `last`.
   * @see https://docs.kraken.com/api-reference/market-data/get-recent-trades
   */
  getRecentTrades(params: RestGetRecentTradesParams, options?: O): Promise<RestGetRecentTradesResult>;
  /**
   * Get server time.
   *
   * Kraken's current clock, as Unix seconds and as RFC 1123 text. Useful to check connectivity and clock skew.
   *
   * - Kraken endpoint: `GET /0/public/Time` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetServerTimeParams} (none).
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetServerTimeResult}: Server time.
   * @see https://docs.kraken.com/api-reference/market-data/get-server-time
   */
  getServerTime(params?: RestGetServerTimeParams, options?: O): Promise<RestGetServerTimeResult>;
  /**
   * Recent deposits.
   *
   * Lists recent deposits, newest first. Without `cursor` the result is a plain list; with `cursor` Kraken pages the result and adds `next_cursor` (the wrapper's exact shape is loosely documented, so both forms are accepted).
   *
   * - Kraken endpoint: `POST /0/private/DepositStatus` (signed form body)
   * - API-key permission: `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetStatusRecentDepositsParams}:
   *   - `asset` (optional): Only this asset.
   *   - `aclass` (optional): Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`.
   *   - `method` (optional): Only this deposit method.
   *   - `start` (optional): Only deposits made at or after this Unix time (seconds, as a string).
   *   - `end` (optional): Only deposits made at or before this Unix time (seconds, as a string).
   *   - `cursor` (optional): Paging switch or cursor. With paging on, at most `limit` entries (default 25) come back per call, newest first, together with `next_cursor`. Default: `false`.
   *   - `limit` (optional): Page size when paging. Default: `25`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetStatusRecentDepositsResult}
   * @see https://docs.kraken.com/api-reference/funding/get-status-recent-deposits
   */
  getStatusRecentDeposits(params?: RestGetStatusRecentDepositsParams, options?: O): Promise<RestGetStatusRecentDepositsResult>;
  /**
   * Recent withdrawals.
   *
   * Lists recent withdrawals, newest first. Without `cursor` the result is a plain list; with `cursor` Kraken pages it and adds `next_cursor` (wrapper shape loosely documented; both forms are accepted).
   *
   * - Kraken endpoint: `POST /0/private/WithdrawStatus` (signed form body)
   * - API-key permission: any of `funds-withdraw` (Funds permissions - Withdraw), `ledger-query` (Data - Query ledger entries)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetStatusRecentWithdrawalsParams}:
   *   - `asset` (optional): Only this asset.
   *   - `aclass` (optional): Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`.
   *   - `method` (optional): Only this withdrawal method.
   *   - `start` (optional): Only withdrawals made at or after this Unix time (seconds, as a string).
   *   - `end` (optional): Only withdrawals made at or before this Unix time (seconds, as a string).
   *   - `cursor` (optional): Paging switch or cursor. With paging on, at most `limit` entries (default 500) come back per call, newest first, together with `next_cursor`. Default: `false`.
   *   - `limit` (optional): Page size when paging. Default: `500`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetStatusRecentWithdrawalsResult}
   * @see https://docs.kraken.com/api-reference/funding/get-status-recent-withdrawals
   */
  getStatusRecentWithdrawals(params?: RestGetStatusRecentWithdrawalsParams, options?: O): Promise<RestGetStatusRecentWithdrawalsResult>;
  /**
   * Get system status.
   *
   * Exchange-wide trading mode. `maintenance`: no orders or cancels; `cancel_only`: cancels only; `post_only`: only post-only limit orders and cancels; no trades happen in the last three.
   *
   * - Kraken endpoint: `GET /0/public/SystemStatus` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetSystemStatusParams} (none).
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetSystemStatusResult}: System status.
   * @see https://docs.kraken.com/api-reference/market-data/get-system-status
   */
  getSystemStatus(params?: RestGetSystemStatusParams, options?: O): Promise<RestGetSystemStatusResult>;
  /**
   * Get ticker information.
   *
   * Best bid/ask, last trade, volume, VWAP, trade count, low, high and today's open. Today starts at 00:00 UTC.
   *
   * - Kraken endpoint: `GET /0/public/Ticker` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset pair`
   *
   * @param params - {@link RestGetTickerInformationParams}:
   *   - `pair` (optional): Comma-separated pairs; every tradable pair when omitted.
   *   - `asset_class` (optional): `tokenized_asset` to get xStocks pairs (Kraken's changelog, 5 September 2025). One of: `tokenized_asset`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetTickerInformationResult}: Pair id to ticker.
   * @see https://docs.kraken.com/api-reference/market-data/get-ticker-information
   */
  getTickerInformation(params?: RestGetTickerInformationParams, options?: O): Promise<RestGetTickerInformationResult>;
  /**
   * Get tradable asset pairs.
   *
   * Tradable pairs with precision, minimum order size and cost, tick size, fee schedules and margin terms. Results are keyed by pair id; map back to altname/wsname through the fields.
   *
   * - Kraken endpoint: `GET /0/public/AssetPairs` (query string)
   * - API-key permission: none (public)
   * - Rate-limit cost: none on the REST call counter; Kraken limits public calls per IP
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset pair`
   *
   * @param params - {@link RestGetTradableAssetPairsParams}:
   *   - `pair` (optional): Comma-separated pairs (e.g. `BTC/USD,ETH/BTC` or `XBTUSD`); all when omitted.
   *   - `aclass_base` (optional): Asset class of the base asset: `currency` or `tokenized_asset` (xStocks). One of: `currency`, `tokenized_asset`. Default: `"currency"`.
   *   - `info` (optional): Which part to return: `info` everything, `leverage`, `fees` or `margin` only. One of: `info`, `leverage`, `fees`, `margin`. Default: `"info"`.
   *   - `country_code` (optional): ISO 3166-1 alpha-2 country or region; only pairs available there are returned.
   *   - `execution_venue` (optional): Only pairs of this execution venue: `international` or `bitnomial_exchange` (Kraken's changelog, 30 April 2026). One of: `international`, `bitnomial_exchange`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetTradableAssetPairsResult}: Pair id (e.g. `XXBTZUSD`) to pair info.
   * @see https://docs.kraken.com/api-reference/market-data/get-tradable-asset-pairs
   */
  getTradableAssetPairs(params?: RestGetTradableAssetPairsParams, options?: O): Promise<RestGetTradableAssetPairsResult>;
  /**
   * Get trade balance.
   *
   * Margin, equity and open-position valuation of the account, in the chosen base asset.
   *
   * - Kraken endpoint: `POST /0/private/TradeBalance` (signed form body)
   * - API-key permission: `orders-query-open` (Orders and trades - Query open orders & trades)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset`
   *
   * @param params - {@link RestGetTradeBalanceParams}:
   *   - `asset` (optional): Asset to value everything in. Default: `"ZUSD"`.
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetTradeBalanceResult}: Margin and equity summary, valued in the requested asset.
   * @see https://docs.kraken.com/api-reference/account-data/get-trade-balance
   */
  getTradeBalance(params?: RestGetTradeBalanceParams, options?: O): Promise<RestGetTradeBalanceResult>;
  /**
   * Get trades history.
   *
   * Fills of the account, 50 per call, most recent first. Page with `ofs` and/or `start`/`end`.
   *
   * - Kraken endpoint: `POST /0/private/TradesHistory` (signed form body)
   * - API-key permission: `orders-query-closed` (Orders and trades - Query closed orders & trades)
   * - Rate-limit cost: 2 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetTradeHistoryParams}:
   *   - `type` (optional): Which trades, by relation to margin positions. One of: `all`, `any position`, `closed position`, `closing position`, `no position`. Default: `"all"`.
   *   - `trades` (optional): Include ids of trades related to positions. Default: `false`.
   *   - `start` (optional): Lower bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form.
   *   - `end` (optional): Upper bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form.
   *   - `ofs` (optional): Offset into the result set, for paging 50 at a time.
   *   - `consolidate_taker` (optional): Combine fills of one taker order into one trade. Default: `true`.
   *   - `ledgers` (optional): Include ledger ids of each trade. Default: `false`.
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetTradeHistoryResult}: A page of trades.
   * @see https://docs.kraken.com/api-reference/account-data/get-trade-history
   */
  getTradeHistory(params?: RestGetTradeHistoryParams, options?: O): Promise<RestGetTradeHistoryResult>;
  /**
   * Get trade volume.
   *
   * 30-day USD trading volume and, for the requested pairs, the current fee tiers (taker in `fees`, maker in `fees_maker`). Fees are omitted when no pair is given. `pair` also takes a list of `{ asset, aclass }` objects (needed for `derivatives` and `equity_pair`, such as Derivatives contracts and xStocks), sent as JSON; `fee_schedule=true` adds the full schedules.
   *
   * - Kraken endpoint: `POST /0/private/TradeVolume` (signed json body)
   * - API-key permission: `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset pair`
   *
   * @param params - {@link RestGetTradeVolumeParams}:
   *   - `pair` (optional): The pairs to return fee tiers for: comma-separated pair names (`XBTUSD,ETHEUR`), or (16 June 2026) a list of `{ asset, aclass }` objects, which Kraken needs for non-forex classes such as `derivatives` and `equity_pair`.
   *   - `fee_schedule` (optional): Also return the full fee schedule of each requested pair in `schedules` (16 June 2026). Default: `false`.
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetTradeVolumeResult}: 30-day volume and fee tiers.
   * @see https://docs.kraken.com/api-reference/account-data/get-trade-volume
   */
  getTradeVolume(params?: RestGetTradeVolumeParams, options?: O): Promise<RestGetTradeVolumeResult>;
  /**
   * Query trades info.
   *
   * Specific trades by id (up to 20).
   *
   * - Kraken endpoint: `POST /0/private/QueryTrades` (signed form body)
   * - API-key permission: `orders-query-closed` (Orders and trades - Query closed orders & trades)
   * - Rate-limit cost: 2 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetTradesInfoParams}:
   *   - `txid` (required): Comma-separated trade ids (at most 20).
   *   - `trades` (optional): Include ids of trades related to positions. Default: `false`.
   *   - `rebase_multiplier` (optional): How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token. One of: `rebased`, `base`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetTradesInfoResult}: Trade id to trade.
   * @see https://docs.kraken.com/api-reference/account-data/get-trades-info
   */
  getTradesInfo(params: RestGetTradesInfoParams, options?: O): Promise<RestGetTradesInfoResult>;
  /**
   * Get a WebSocket token.
   *
   * Returns a token for the authenticated WebSocket API. Use it within 15 minutes; it then stays valid while a connection with a private subscription is kept open. Creates nothing lasting, so it is safe to retry.
   *
   * - Kraken endpoint: `POST /0/private/GetWebSocketsToken` (signed form body)
   * - API-key permission: `websocket` (WebSocket interface - On)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetWebsocketsTokenParams} (none).
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetWebsocketsTokenResult}
   * @see https://docs.kraken.com/api-reference/trading/get-websockets-token
   */
  getWebsocketsToken(params?: RestGetWebsocketsTokenParams, options?: O): Promise<RestGetWebsocketsTokenResult>;
  /**
   * Saved withdrawal addresses.
   *
   * Lists the withdrawal addresses saved on the account.
   *
   * - Kraken endpoint: `POST /0/private/WithdrawAddresses` (signed form body)
   * - API-key permission: all of `funds-withdraw` (Funds permissions - Withdraw), `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetWithdrawalAddressesParams}:
   *   - `asset` (optional): Only this asset.
   *   - `aclass` (optional): Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`.
   *   - `method` (optional): Only this withdrawal method.
   *   - `key` (optional): Only the address saved under this name.
   *   - `verified` (optional): Only verified (`true`) or only unverified (`false`) addresses.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetWithdrawalAddressesResult}: Addresses.
   * @see https://docs.kraken.com/api-reference/funding/get-withdrawal-addresses
   */
  getWithdrawalAddresses(params?: RestGetWithdrawalAddressesParams, options?: O): Promise<RestGetWithdrawalAddressesResult>;
  /**
   * Withdrawal fee and limit.
   *
   * Quotes the fee, net amount and current limit for withdrawing an amount to a saved address.
   *
   * - Kraken endpoint: `POST /0/private/WithdrawInfo` (signed form body)
   * - API-key permission: all of `funds-withdraw` (Funds permissions - Withdraw), `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset`
   *
   * @param params - {@link RestGetWithdrawalInformationParams}:
   *   - `asset` (required): Asset to withdraw.
   *   - `key` (required): Name of the saved withdrawal address.
   *   - `amount` (required): Amount to withdraw.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetWithdrawalInformationResult}
   * @see https://docs.kraken.com/api-reference/funding/get-withdrawal-information
   */
  getWithdrawalInformation(params: RestGetWithdrawalInformationParams, options?: O): Promise<RestGetWithdrawalInformationResult>;
  /**
   * Withdrawal methods.
   *
   * Lists withdrawal methods available to the account, optionally for one asset or network.
   *
   * - Kraken endpoint: `POST /0/private/WithdrawMethods` (signed form body)
   * - API-key permission: all of `funds-withdraw` (Funds permissions - Withdraw), `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestGetWithdrawalMethodsParams}:
   *   - `asset` (optional): Only this asset.
   *   - `aclass` (optional): Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`.
   *   - `network` (optional): Only this network.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestGetWithdrawalMethodsResult}: Methods.
   * @see https://docs.kraken.com/api-reference/funding/get-withdrawal-methods
   */
  getWithdrawalMethods(params?: RestGetWithdrawalMethodsParams, options?: O): Promise<RestGetWithdrawalMethodsResult>;
  /**
   * List Earn allocations.
   *
   * Lists the user's allocations per strategy, with amounts bonding, queued or unbonding, rewards and the next payout, converted into `converted_asset`. Includes strategies with a zero balance unless `hide_zero_allocations` is set. (Un)bonding times settle 1-2 minutes after a (de)allocation.
   *
   * - Kraken endpoint: `POST /0/private/Earn/Allocations` (signed json body)
   * - API-key permission: `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestListAllocationsParams}:
   *   - `ascending` (optional): Sort ascending instead of descending. Default: `false`.
   *   - `converted_asset` (optional): Asset in which to express amounts. Default: `"USD"`.
   *   - `hide_zero_allocations` (optional): Leave out strategies with no allocation left. Default: `false`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestListAllocationsResult}
   * @see https://docs.kraken.com/api-reference/earn/list-allocations
   */
  listAllocations(params?: RestListAllocationsParams, options?: O): Promise<RestListAllocationsResult>;
  /**
   * List Earn strategies.
   *
   * Lists the Earn strategies available in the caller's region, with lock type, fees, yield estimate and whether the user may allocate (Earn usually needs the Intermediate tier). Any valid key works.
   *
   * - Kraken endpoint: `POST /0/private/Earn/Strategies` (signed json body)
   * - API-key permission: `none` (none (any valid key))
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestListStrategiesParams}:
   *   - `ascending` (optional): Sort ascending instead of descending. Default: `false`.
   *   - `asset` (optional): Only strategies for this asset.
   *   - `cursor` (optional): Page cursor from `next_cursor`; omit for the first page.
   *   - `limit` (optional): Page size (Kraken may cap it lower).
   *   - `lock_type` (optional): Only strategies with these lock types.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestListStrategiesResult}
   * @see https://docs.kraken.com/api-reference/earn/list-strategies
   */
  listStrategies(params?: RestListStrategiesParams, options?: O): Promise<RestListStrategiesResult>;
  /**
   * List wallet accounts.
   *
   * Wallet accounts of the user with the public `account_id` that `getAccountBalance`, `getLedgers` and Funding (Beta) accept. Not in Kraken's official spec snapshot and not documented field by field: the shape here comes from observed responses (accounts with id, flags, status, type, name; a `cursor`); paging parameters and the full value sets of `type`/`status` are unknown.
   *
   * - Kraken endpoint: `POST /0/private/ListWalletAccounts` (signed form body)
   * - API-key permission: `none` (none (any valid key))
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestListWalletAccountsParams} (none).
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestListWalletAccountsResult}: Wallet accounts of the user.
   * @see https://docs.kraken.com/api-reference/account-data/list-wallet-accounts
   */
  listWalletAccounts(params?: RestListWalletAccountsParams, options?: O): Promise<RestListWalletAccountsResult>;
  /**
   * Delete export report.
   *
   * Cancel a queued or processing report, or delete a processed one.
   *
   * - Kraken endpoint: `POST /0/private/RemoveExport` (signed form body)
   * - API-key permission: `export-data` (Data - Export data)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `unsent`: retried automatically only when the request certainly did not reach Kraken; otherwise the failure is thrown.
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestRemoveExportParams}:
   *   - `id` (required): Report id.
   *   - `type` (required): `cancel` a queued/processing report, `delete` a processed one. One of: `cancel`, `delete`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestRemoveExportResult}: Outcome; one of the two keys is present.
   * @see https://docs.kraken.com/api-reference/account-data/remove-export
   */
  removeExport(params: RestRemoveExportParams, options?: O): Promise<RestRemoveExportResult>;
  /**
   * Retrieve data export.
   *
   * Download a processed report. On success the body is a zip archive, not JSON; failures still come as the JSON `{error}` envelope.
   *
   * - Kraken endpoint: `POST /0/private/RetrieveExport` (signed form body)
   * - API-key permission: `export-data` (Data - Export data)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `safe`: retried automatically after any retryable failure (timeouts, 5xx, `EService:Unavailable`, throttling).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`
   *
   * @param params - {@link RestRetrieveExportParams}:
   *   - `id` (required): Report id.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestRetrieveExportResult}: Rarely present alongside errors.
   * @see https://docs.kraken.com/api-reference/account-data/retrieve-export
   */
  retrieveExport(params: RestRetrieveExportParams, options?: O): Promise<RestRetrieveExportResult>;
  /**
   * Spot to Futures wallet transfer.
   *
   * Moves funds from the Spot wallet to the Futures wallet (the other direction goes through the Futures API). Moves money, so never resent automatically.
   *
   * - Kraken endpoint: `POST /0/private/WalletTransfer` (signed form body)
   * - API-key permission: `funds-query` (Funds permissions - Query)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `never`: not retried automatically; after a lost response the outcome is unknown, so check the account before calling again (orders: `findOrder` by `cl_ord_id`).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset`
   *
   * @param params - {@link RestWalletTransferParams}:
   *   - `asset` (required): Asset to move (id or altname).
   *   - `from` (required): Source wallet; only `Spot Wallet`. One of: `Spot Wallet`.
   *   - `to` (required): Destination wallet; only `Futures Wallet`. One of: `Futures Wallet`.
   *   - `amount` (required): Amount to move.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestWalletTransferResult}
   * @see https://docs.kraken.com/api-reference/funding/wallet-transfer
   */
  walletTransfer(params: RestWalletTransferParams, options?: O): Promise<RestWalletTransferResult>;
  /**
   * Withdraw funds.
   *
   * Requests a withdrawal to a saved address. Moves money, so never resent automatically; check WithdrawStatus after an unclear failure.
   *
   * - Kraken endpoint: `POST /0/private/Withdraw` (signed form body)
   * - API-key permission: `funds-withdraw` (Funds permissions - Withdraw)
   * - Rate-limit cost: 1 on the REST call counter of the key (override with `rateLimit.costs`)
   * - Retry class: `never`: not retried automatically; after a lost response the outcome is unknown, so check the account before calling again (orders: `findOrder` by `cl_ord_id`).
   * - Kraken errors it can give (thrown as `KrakenApiError`): `EAPI:Invalid key`, `EAPI:Invalid signature`, `EAPI:Invalid nonce`, `EGeneral:Permission denied`, `EGeneral:Invalid arguments`, `EGeneral:Internal error`, `EService:Unavailable`, `EService:Busy`, `EQuery:Unknown asset`, `EFunding:Max fee exceeded`
   *
   * @param params - {@link RestWithdrawFundsParams}:
   *   - `asset` (required): Asset to withdraw.
   *   - `aclass` (optional): Asset class of the asset: `currency` for crypto and fiat, `tokenized_asset` for xStocks. One of: `currency`, `tokenized_asset`. Default: `"currency"`.
   *   - `key` (required): Name of the saved withdrawal address.
   *   - `address` (optional): Optional safety check: the request fails unless `key` resolves to this address.
   *   - `amount` (required): Amount to withdraw.
   *   - `max_fee` (optional): Fail with `EFunding:Max fee exceeded` instead of paying a higher fee.
   *   - `rebase_multiplier` (optional): xStocks only: amounts in underlying-share units (`rebased`) or in token units (`base`). One of: `rebased`, `base`, `null`. Default: `"rebased"`.
   * @param options - Per-call options: `signal`, `timeoutMs`, `otp`, `extraParams`.
   * @returns {@link RestWithdrawFundsResult}
   * @see https://docs.kraken.com/api-reference/funding/withdraw-funds
   */
  withdrawFunds(params: RestWithdrawFundsParams, options?: O): Promise<RestWithdrawFundsResult>;
}

/**
 * DO NOT EDIT. This file is generated from openapi.futures.json by `npm run codegen` (codegen/generate.mjs).
 * Change openapi.futures.json or the generator instead, then run `npm run codegen` and commit the result.
 */

import type { operations } from "./schema.js";

/**
 * Options of one Derivatives call.
 * @example
 * ```ts
 * await futures.getTickers(undefined, { signal: AbortSignal.timeout(5_000), timeoutMs: 2_000 });
 * ```
 */
export interface FuturesCallOptions {
  /** Cancels waiting, retries and the request in flight. */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call, in ms. */
  timeoutMs?: number;
  /** `false` skips the order-rule check of loaded markets (`loadFuturesMarkets`) for this call. */
  checkRules?: boolean;
  /** The contract of an `editOrderSpring` (or a batch's edits), which names none, so its price and size can be checked. */
  market?: string;
}

type ContentOf<T> = T extends { content: infer C } ? C[keyof C] : never;
type BodyOf<Op> = Op extends { requestBody?: infer RB } ? ContentOf<NonNullable<RB>> : never;
type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type PathOf<Op> = Op extends { parameters: { path?: infer P } } ? NonNullable<P> : never;
type Part<T> = [T] extends [never] ? unknown : T;
type Merge<T> = { [K in keyof T]: T[K] };
type AnswerOf<Op> = Op extends { responses: { 200: { content: infer C } } } ? C : never;

/**
 * Parameters of a Derivatives operation as the facade takes them: Kraken's names, path, query and body
 * parameters in one object.
 * @example
 * ```ts
 * const order: FuturesOperationParams<"sendOrder"> = { orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "1", limitPrice: "65000" };
 * ```
 */
export type FuturesOperationParams<Id extends keyof operations> = Merge<
  Part<PathOf<operations[Id]>> & Part<QueryOf<operations[Id]>> & Part<BodyOf<operations[Id]>>
>;

/**
 * The answer of a Derivatives operation (a refusal `{"result":"error"}` rejects instead): money values
 * are exact decimal strings; CSV downloads are text.
 * @example
 * ```ts
 * const { tickers }: FuturesOperationResult<"getTickers"> = await futures.getTickers();
 * ```
 */
export type FuturesOperationResult<Id extends keyof operations> =
  AnswerOf<operations[Id]> extends { "application/json": infer J }
    ? Exclude<J, { result: "error" }>
    : string;

/**
 * Argument list of a facade method: params optional when every parameter is.
 * @example
 * ```ts
 * const args: FuturesOperationArgs<"getOrderbook"> = [{ symbol: "PF_XBTUSD" }, { timeoutMs: 2_000 }];
 * ```
 */
export type FuturesOperationArgs<Id extends keyof operations> =
  Record<string, never> extends FuturesOperationParams<Id>
    ? [params?: FuturesOperationParams<Id>, options?: FuturesCallOptions]
    : [params: FuturesOperationParams<Id>, options?: FuturesCallOptions];

/**
 * One method per Derivatives operation, e.g. `futures.getTickers()`, `futures.sendOrder({...})`.
 * @example
 * ```ts
 * type Trading = Pick<FuturesOperationMethods, "sendOrder" | "cancelOrder">; // a narrow surface to inject or mock
 * ```
 */
export interface FuturesOperationMethods {
  /**
   * Your account log (every balance and position change), by time or id range
   *
   * `GET /api/history/v3/account-log` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: by the `accountlog` rule from the `history` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  accountLog(...args: FuturesOperationArgs<"accountLog">): Promise<FuturesOperationResult<"accountLog">>;
  /**
   * Your most recent account log entries (up to 500,000) as CSV
   *
   * `GET /api/history/v3/accountlogcsv` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 6 from the `history` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  accountLogCsv(...args: FuturesOperationArgs<"accountLogCsv">): Promise<FuturesOperationResult<"accountLogCsv">>;
  /**
   * Add an assignment-program preference (take over liquidated positions)
   *
   * `POST /derivatives/api/v3/assignmentprogram/add` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: never (not resent once it may have reached Kraken; an unobserved outcome fails with `KrakenAmbiguousRequestError`)
   */
  addAssignmentProgram(...args: FuturesOperationArgs<"addAssignmentProgram">): Promise<FuturesOperationResult<"addAssignmentProgram">>;
  /**
   * Cancel all open orders, or those of one market or margin account
   *
   * `POST /derivatives/api/v3/cancelallorders` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 25 from the `derivatives` budget
   * - Retry: unsent (resent only when it certainly never reached Kraken)
   */
  cancelAllOrders(...args: FuturesOperationArgs<"cancelAllOrders">): Promise<FuturesOperationResult<"cancelAllOrders">>;
  /**
   * Dead man's switch: cancel all orders unless called again within `timeout` seconds
   *
   * `POST /derivatives/api/v3/cancelallordersafter` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 25 from the `derivatives` budget
   * - Retry: unsent (resent only when it certainly never reached Kraken)
   */
  cancelAllOrdersAfter(...args: FuturesOperationArgs<"cancelAllOrdersAfter">): Promise<FuturesOperationResult<"cancelAllOrdersAfter">>;
  /**
   * Cancel one open order by `order_id` or `cliOrdId`
   *
   * `POST /derivatives/api/v3/cancelorder` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: unsent (resent only when it certainly never reached Kraken)
   */
  cancelOrder(...args: FuturesOperationArgs<"cancelOrder">): Promise<FuturesOperationResult<"cancelOrder">>;
  /**
   * Withdraw your open offer on an open RFQ
   *
   * `DELETE /derivatives/api/v3/rfqs/{rfqUid}/cancel-offer` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: unsent (resent only when it certainly never reached Kraken)
   */
  cancelRfqOffer(...args: FuturesOperationArgs<"cancelRfqOffer">): Promise<FuturesOperationResult<"cancelRfqOffer">>;
  /**
   * OHLC candles of a market for a tick type and resolution
   *
   * `GET /api/charts/v1/{tick_type}/{symbol}/{resolution}` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  candles(...args: FuturesOperationArgs<"candles">): Promise<FuturesOperationResult<"candles">>;
  /**
   * Check that a key and signature are accepted; returns the key's account and access levels
   *
   * `GET /api/auth/v1/api-keys/v3/check` (private).
   * - Key access: `any`
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  checkV3ApiKey(...args: FuturesOperationArgs<"checkV3ApiKey">): Promise<FuturesOperationResult<"checkV3ApiKey">>;
  /**
   * Delete an assignment-program preference
   *
   * `POST /derivatives/api/v3/assignmentprogram/delete` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: unsent (resent only when it certainly never reached Kraken)
   */
  deleteAssignmentProgram(...args: FuturesOperationArgs<"deleteAssignmentProgram">): Promise<FuturesOperationResult<"deleteAssignmentProgram">>;
  /**
   * Change the size, prices or trailing parameters of an open order
   *
   * `POST /derivatives/api/v3/editorder` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: never (not resent once it may have reached Kraken; an unobserved outcome fails with `KrakenAmbiguousRequestError`)
   */
  editOrderSpring(...args: FuturesOperationArgs<"editOrderSpring">): Promise<FuturesOperationResult<"editOrderSpring">>;
  /**
   * Balances, margin and PnL of every cash, margin and multi-collateral (flex) account
   *
   * `GET /derivatives/api/v3/accounts` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getAccounts(...args: FuturesOperationArgs<"getAccounts">): Promise<FuturesOperationResult<"getAccounts">>;
  /**
   * All open requests for quote (block trades)
   *
   * `GET /derivatives/api/v3/rfqs` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getAllOpenRfqs(...args: FuturesOperationArgs<"getAllOpenRfqs">): Promise<FuturesOperationResult<"getAllOpenRfqs">>;
  /**
   * Your active assignment-program preferences
   *
   * `GET /derivatives/api/v3/assignmentprogram/current` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getAssignmentProgramCurrent(...args: FuturesOperationArgs<"getAssignmentProgramCurrent">): Promise<FuturesOperationResult<"getAssignmentProgramCurrent">>;
  /**
   * Every change to your assignment-program preferences
   *
   * `GET /derivatives/api/v3/assignmentprogram/history` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getAssignmentProgramHistory(...args: FuturesOperationArgs<"getAssignmentProgramHistory">): Promise<FuturesOperationResult<"getAssignmentProgramHistory">>;
  /**
   * Your executions (fills), paged
   *
   * `GET /api/history/v3/executions` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 1 from the `history` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getExecutionEvents(...args: FuturesOperationArgs<"getExecutionEvents">): Promise<FuturesOperationResult<"getExecutionEvents">>;
  /**
   * All fee schedules with their volume tiers
   *
   * `GET /derivatives/api/v3/feeschedules` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getFeeSchedulesV3(...args: FuturesOperationArgs<"getFeeSchedulesV3">): Promise<FuturesOperationResult<"getFeeSchedulesV3">>;
  /**
   * Your last 100 fills, newest first, optionally before a given time
   *
   * `GET /derivatives/api/v3/fills` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: by the `fills` rule from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getFills(...args: FuturesOperationArgs<"getFills">): Promise<FuturesOperationResult<"getFills">>;
  /**
   * The last 100 public trades of a market, optionally before a given time
   *
   * `GET /derivatives/api/v3/history` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getHistory(...args: FuturesOperationArgs<"getHistory">): Promise<FuturesOperationResult<"getHistory">>;
  /**
   * Specifications of every listed market and index
   *
   * `GET /derivatives/api/v3/instruments` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getInstruments(...args: FuturesOperationArgs<"getInstruments">): Promise<FuturesOperationResult<"getInstruments">>;
  /**
   * List the maximum-leverage settings of isolated-margin markets
   *
   * `GET /derivatives/api/v3/leveragepreferences` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getLeverageSetting(...args: FuturesOperationArgs<"getLeverageSetting">): Promise<FuturesOperationResult<"getLeverageSetting">>;
  /**
   * Platform notifications (maintenance, new markets, ...)
   *
   * `GET /derivatives/api/v3/notifications` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getNotifications(...args: FuturesOperationArgs<"getNotifications">): Promise<FuturesOperationResult<"getNotifications">>;
  /**
   * Every open order and untriggered stop, newest first
   *
   * `GET /derivatives/api/v3/openorders` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getOpenOrders(...args: FuturesOperationArgs<"getOpenOrders">): Promise<FuturesOperationResult<"getOpenOrders">>;
  /**
   * Size and average entry price of every open position
   *
   * `GET /derivatives/api/v3/openpositions` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getOpenPositions(...args: FuturesOperationArgs<"getOpenPositions">): Promise<FuturesOperationResult<"getOpenPositions">>;
  /**
   * Your open offers on open RFQs
   *
   * `GET /derivatives/api/v3/rfqs/open-offers` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getOpenRfqOffers(...args: FuturesOperationArgs<"getOpenRfqOffers">): Promise<FuturesOperationResult<"getOpenRfqOffers">>;
  /**
   * Your order events (placed, edited, cancelled, rejected, executed), paged
   *
   * `GET /api/history/v3/orders` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 1 from the `history` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getOrderEvents(...args: FuturesOperationArgs<"getOrderEvents">): Promise<FuturesOperationResult<"getOrderEvents">>;
  /**
   * Status of given orders: open, or filled/cancelled within the last 5 seconds
   *
   * `POST /derivatives/api/v3/orders/status` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 1 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getOrderStatus(...args: FuturesOperationArgs<"getOrderStatus">): Promise<FuturesOperationResult<"getOrderStatus">>;
  /**
   * The full, non-cumulative order book of a market
   *
   * `GET /derivatives/api/v3/orderbook` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getOrderbook(...args: FuturesOperationArgs<"getOrderbook">): Promise<FuturesOperationResult<"getOrderbook">>;
  /**
   * List the PnL currency preference of each multi-collateral market
   *
   * `GET /derivatives/api/v3/pnlpreferences` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getPnlCurrencyPreference(...args: FuturesOperationArgs<"getPnlCurrencyPreference">): Promise<FuturesOperationResult<"getPnlCurrencyPreference">>;
  /**
   * Portfolio-margin calculation parameters and your options trading limits
   *
   * `GET /derivatives/api/v3/portfolio-margining/parameters` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getPortfolioMarginingParameters(...args: FuturesOperationArgs<"getPortfolioMarginingParameters">): Promise<FuturesOperationResult<"getPortfolioMarginingParameters">>;
  /**
   * Changes to your positions, paged
   *
   * `GET /api/history/v3/positions` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 1 from the `history` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getPositionEvents(...args: FuturesOperationArgs<"getPositionEvents">): Promise<FuturesOperationResult<"getPositionEvents">>;
  /**
   * Public trades of a market, paged
   *
   * `GET /api/history/v3/market/{tradeable}/executions` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getPublicExecutionEvents(...args: FuturesOperationArgs<"getPublicExecutionEvents">): Promise<FuturesOperationResult<"getPublicExecutionEvents">>;
  /**
   * Public order events (placed, edited, cancelled) of a market, paged
   *
   * `GET /api/history/v3/market/{tradeable}/orders` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getPublicOrderEvents(...args: FuturesOperationArgs<"getPublicOrderEvents">): Promise<FuturesOperationResult<"getPublicOrderEvents">>;
  /**
   * Mark price changes of a market, paged
   *
   * `GET /api/history/v3/market/{tradeable}/price` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getPublicPriceEvents(...args: FuturesOperationArgs<"getPublicPriceEvents">): Promise<FuturesOperationResult<"getPublicPriceEvents">>;
  /**
   * Your market share, volume and credited rebates per rebate-eligible market
   *
   * `GET /api/stats/v1/rebates/self-market-share` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getSelfMarketShare(...args: FuturesOperationArgs<"getSelfMarketShare">): Promise<FuturesOperationResult<"getSelfMarketShare">>;
  /**
   * The account-wide self-trade prevention strategy
   *
   * `GET /derivatives/api/v3/self-trade-strategy` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getSelfTradeStrategy(...args: FuturesOperationArgs<"getSelfTradeStrategy">): Promise<FuturesOperationResult<"getSelfTradeStrategy">>;
  /**
   * One open request for quote
   *
   * `GET /derivatives/api/v3/rfqs/{rfqUid}` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getSingleOpenRfq(...args: FuturesOperationArgs<"getSingleOpenRfq">): Promise<FuturesOperationResult<"getSingleOpenRfq">>;
  /**
   * Whether a subaccount may trade
   *
   * `GET /derivatives/api/v3/subaccount/{subaccountUid}/trading-enabled` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getSubaccountTradingCapability(...args: FuturesOperationArgs<"getSubaccountTradingCapability">): Promise<FuturesOperationResult<"getSubaccountTradingCapability">>;
  /**
   * The ticker of one market or index
   *
   * `GET /derivatives/api/v3/tickers/{symbol}` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getTicker(...args: FuturesOperationArgs<"getTicker">): Promise<FuturesOperationResult<"getTicker">>;
  /**
   * Tickers of every market and index: prices, mark, funding rate, volume, open interest
   *
   * `GET /derivatives/api/v3/tickers` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getTickers(...args: FuturesOperationArgs<"getTickers">): Promise<FuturesOperationResult<"getTickers">>;
  /**
   * Your trigger (stop) order events, paged
   *
   * `GET /api/history/v3/triggers` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 1 from the `history` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getTriggerEvents(...args: FuturesOperationArgs<"getTriggerEvents">): Promise<FuturesOperationResult<"getTriggerEvents">>;
  /**
   * Where each open position ranks in the unwind (auto-deleveraging) queue
   *
   * `GET /derivatives/api/v3/unwindqueue` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 200 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getUnwindQueue(...args: FuturesOperationArgs<"getUnwindQueue">): Promise<FuturesOperationResult<"getUnwindQueue">>;
  /**
   * Your 30-day volume per fee schedule
   *
   * `GET /derivatives/api/v3/feeschedules/volumes` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  getUserFeeScheduleVolumesV3(...args: FuturesOperationArgs<"getUserFeeScheduleVolumesV3">): Promise<FuturesOperationResult<"getUserFeeScheduleVolumesV3">>;
  /**
   * Funding rate history of a perpetual market, oldest first
   *
   * `GET /derivatives/api/v3/historical-funding-rates` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  historicalFundingRates(...args: FuturesOperationArgs<"historicalFundingRates">): Promise<FuturesOperationResult<"historicalFundingRates">>;
  /**
   * Price-dislocation and volatility status of one market
   *
   * `GET /derivatives/api/v3/instruments/{symbol}/status` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  instrumentStatus(...args: FuturesOperationArgs<"instrumentStatus">): Promise<FuturesOperationResult<"instrumentStatus">>;
  /**
   * Price-dislocation and volatility status of every market
   *
   * `GET /derivatives/api/v3/instruments/status` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  instrumentsStatus(...args: FuturesOperationArgs<"instrumentsStatus">): Promise<FuturesOperationResult<"instrumentsStatus">>;
  /**
   * Liquidity pool statistics (USD value) in time buckets
   *
   * `GET /api/charts/v1/analytics/liquidity-pool` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  liquidityPoolStats(...args: FuturesOperationArgs<"liquidityPoolStats">): Promise<FuturesOperationResult<"liquidityPoolStats">>;
  /**
   * Your subaccounts with their balances
   *
   * `GET /derivatives/api/v3/subaccounts` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  listSubaccounts(...args: FuturesOperationArgs<"listSubaccounts">): Promise<FuturesOperationResult<"listSubaccounts">>;
  /**
   * Market analytics (open interest, volumes, liquidations, spreads, ...) in time buckets
   *
   * `GET /api/charts/v1/analytics/{symbol}/{analytics_type}` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  marketAnalytics(...args: FuturesOperationArgs<"marketAnalytics">): Promise<FuturesOperationResult<"marketAnalytics">>;
  /**
   * Offer a bid and/or ask (USD) on an open RFQ
   *
   * `POST /derivatives/api/v3/rfqs/{rfqUid}/place-offer` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: never (not resent once it may have reached Kraken; an unobserved outcome fails with `KrakenAmbiguousRequestError`)
   */
  placeRfqOffer(...args: FuturesOperationArgs<"placeRfqOffer">): Promise<FuturesOperationResult<"placeRfqOffer">>;
  /**
   * Replace your open offer on an open RFQ
   *
   * `PUT /derivatives/api/v3/rfqs/{rfqUid}/replace-offer` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: unsent (resent only when it certainly never reached Kraken)
   */
  replaceRfqOffer(...args: FuturesOperationArgs<"replaceRfqOffer">): Promise<FuturesOperationResult<"replaceRfqOffer">>;
  /**
   * Candle resolutions available for a market and tick type
   *
   * `GET /api/charts/v1/{tick_type}/{symbol}` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  resolutions(...args: FuturesOperationArgs<"resolutions">): Promise<FuturesOperationResult<"resolutions">>;
  /**
   * Send, edit and cancel several orders in one request
   *
   * `POST /derivatives/api/v3/batchorder` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: by the `batchorder` rule from the `derivatives` budget
   * - Retry: never (not resent once it may have reached Kraken; an unobserved outcome fails with `KrakenAmbiguousRequestError`)
   */
  sendBatchOrder(...args: FuturesOperationArgs<"sendBatchOrder">): Promise<FuturesOperationResult<"sendBatchOrder">>;
  /**
   * Place a limit, post-only, market, IOC, FOK, stop, take-profit or trailing-stop order
   *
   * `POST /derivatives/api/v3/sendorder` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: never (not resent once it may have reached Kraken; an unobserved outcome fails with `KrakenAmbiguousRequestError`)
   */
  sendOrder(...args: FuturesOperationArgs<"sendOrder">): Promise<FuturesOperationResult<"sendOrder">>;
  /**
   * Switch a market between isolated margin (with a maximum leverage) and cross margin
   *
   * `PUT /derivatives/api/v3/leveragepreferences` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: unsent (resent only when it certainly never reached Kraken)
   */
  setLeverageSetting(...args: FuturesOperationArgs<"setLeverageSetting">): Promise<FuturesOperationResult<"setLeverageSetting">>;
  /**
   * Set the currency in which a multi-collateral market pays out realised profit
   *
   * `PUT /derivatives/api/v3/pnlpreferences` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: unsent (resent only when it certainly never reached Kraken)
   */
  setPnlCurrencyPreference(...args: FuturesOperationArgs<"setPnlCurrencyPreference">): Promise<FuturesOperationResult<"setPnlCurrencyPreference">>;
  /**
   * Change the account-wide self-trade prevention strategy
   *
   * `PUT /derivatives/api/v3/self-trade-strategy` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: unsent (resent only when it certainly never reached Kraken)
   */
  setSelfTradeStrategy(...args: FuturesOperationArgs<"setSelfTradeStrategy">): Promise<FuturesOperationResult<"setSelfTradeStrategy">>;
  /**
   * Margin, PnL and option greeks of a hypothetical portfolio
   *
   * `POST /derivatives/api/v3/portfolio-margining/simulate` (private).
   * - Key access: `general-read-only`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  simulatePortfolio(...args: FuturesOperationArgs<"simulatePortfolio">): Promise<FuturesOperationResult<"simulatePortfolio">>;
  /**
   * Move funds between your account and a subaccount (or between their wallets)
   *
   * `POST /derivatives/api/v3/transfer/subaccount` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: never (not resent once it may have reached Kraken; an unobserved outcome fails with `KrakenAmbiguousRequestError`)
   */
  subAccountTransfer(...args: FuturesOperationArgs<"subAccountTransfer">): Promise<FuturesOperationResult<"subAccountTransfer">>;
  /**
   * Markets that have candles of a tick type
   *
   * `GET /api/charts/v1/{tick_type}` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  symbols(...args: FuturesOperationArgs<"symbols">): Promise<FuturesOperationResult<"symbols">>;
  /**
   * The tick types candles exist for (`spot`, `mark`, `trade`)
   *
   * `GET /api/charts/v1/` (public).
   * - Key access: none
   * - Rate-limit cost: free (public)
   * - Retry: safe (resent on network errors, timeouts, 5xx and Kraken's transient errors, with backoff)
   */
  tickTypes(...args: FuturesOperationArgs<"tickTypes">): Promise<FuturesOperationResult<"tickTypes">>;
  /**
   * Move funds between two of your derivatives wallets (cash, margin, flex)
   *
   * `POST /derivatives/api/v3/transfer` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 10 from the `derivatives` budget
   * - Retry: never (not resent once it may have reached Kraken; an unobserved outcome fails with `KrakenAmbiguousRequestError`)
   */
  transfer(...args: FuturesOperationArgs<"transfer">): Promise<FuturesOperationResult<"transfer">>;
  /**
   * Allow or forbid trading on a subaccount
   *
   * `PUT /derivatives/api/v3/subaccount/{subaccountUid}/trading-enabled` (private).
   * - Key access: `general-full-access`
   * - Rate-limit cost: 2 from the `derivatives` budget
   * - Retry: unsent (resent only when it certainly never reached Kraken)
   */
  updateSubaccountTradingCapability(...args: FuturesOperationArgs<"updateSubaccountTradingCapability">): Promise<FuturesOperationResult<"updateSubaccountTradingCapability">>;
  /**
   * Move funds from a derivatives wallet back to your Kraken Spot wallet
   *
   * `POST /derivatives/api/v3/withdrawal` (private).
   * - Key access: `withdrawal-full-access`
   * - Rate-limit cost: 100 from the `derivatives` budget
   * - Retry: never (not resent once it may have reached Kraken; an unobserved outcome fails with `KrakenAmbiguousRequestError`)
   */
  withdrawal(...args: FuturesOperationArgs<"withdrawal">): Promise<FuturesOperationResult<"withdrawal">>;
}

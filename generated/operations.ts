/**
 * DO NOT EDIT. This file is generated from openapi.json by `npm run codegen` (codegen/generate.mjs).
 * Change openapi.json or the generator instead, then run `npm run codegen` and commit the result.
 */

/** Who may call an operation: anyone, or only a signed request with an API key. */
export type OperationAuth = "public" | "private";

/**
 * When a failed call may be retried: `safe` on any retryable failure; `unsent` only when the request
 * certainly did not reach Kraken; `never` not at all.
 */
export type RetryClass = "safe" | "unsent" | "never";

/** How the request parameters travel: URL query, form-urlencoded body, or JSON body. */
export type BodyEncoding = "query" | "form" | "json";

/** Runtime policy for one Kraken REST operation, read from the x-kraken-* extensions of openapi.json. */
export interface OperationRow {
  /** Kraken's operationId, e.g. `addOrder`. */
  readonly operationId: string;
  /** HTTP method. */
  readonly method: "get" | "post";
  /** Path below the server URL, e.g. `/private/AddOrder`. */
  readonly path: string;
  /** Public or private (signed). */
  readonly auth: OperationAuth;
  /** API-key permission code (kebab-case), or null when none is needed. */
  readonly permission: string | null;
  /** REST call-counter cost; `"engine"` means the trading-engine limiter applies instead; 0 for public. */
  readonly cost: number | "engine";
  /** Retry class. */
  readonly retry: RetryClass;
  /** Request encoding. */
  readonly encoding: BodyEncoding;
}

/** Type-level check that every row of the table is an {@link OperationRow}; costs nothing at runtime. */
type Rows<T extends { readonly [K in keyof T]: OperationRow }> = T;

/**
 * Unpacks the compact table text: rows separated by ",", fields by " " in {@link OperationRow} order,
 * "-" for a null permission. A path not starting with "/" is relative to `/<auth>/`, and an empty
 * one is the operationId capitalised (`addOrder` -> `/private/AddOrder`). Runs once at import;
 * the packed form keeps browser bundles small.
 */
function unpack(text: string): Operations {
  const table: Record<string, OperationRow> = {};
  for (const line of text.split(",")) {
    const [operationId, method, path, auth, permission, cost, retry, encoding] = line.split(" ") as [
      string,
      OperationRow["method"],
      string,
      OperationAuth,
      string,
      string,
      RetryClass,
      BodyEncoding,
    ];
    table[operationId] = {
      operationId,
      method,
      path: path[0] === "/" ? path : `/${auth}/${path || operationId[0]?.toUpperCase() + operationId.slice(1)}`,
      auth,
      permission: permission === "-" ? null : permission,
      cost: cost === "engine" ? cost : Number(cost),
      retry,
      encoding,
    };
  }
  return table as unknown as Operations;
}

/**
 * The type of {@link operations}: one literal row per operation, so `operations.addOrder.cost` is
 * `"engine"`, not `number | "engine"`.
 */
export type Operations = Rows<{
  /** Transfer between master and subaccounts */
  readonly accountTransfer: {
    readonly operationId: "accountTransfer";
    readonly method: "post";
    readonly path: "/private/AccountTransfer";
    readonly auth: "private";
    readonly permission: "funds-withdraw";
    readonly cost: 1;
    readonly retry: "never";
    readonly encoding: "form";
  };
  /** Request export report */
  readonly addExport: {
    readonly operationId: "addExport";
    readonly method: "post";
    readonly path: "/private/AddExport";
    readonly auth: "private";
    readonly permission: "export-data";
    readonly cost: 1;
    readonly retry: "unsent";
    readonly encoding: "form";
  };
  /** Place an order */
  readonly addOrder: {
    readonly operationId: "addOrder";
    readonly method: "post";
    readonly path: "/private/AddOrder";
    readonly auth: "private";
    readonly permission: "orders-create-modify";
    readonly cost: "engine";
    readonly retry: "never";
    readonly encoding: "form";
  };
  /** Place 2 to 15 orders on one pair */
  readonly addOrderBatch: {
    readonly operationId: "addOrderBatch";
    readonly method: "post";
    readonly path: "/private/AddOrderBatch";
    readonly auth: "private";
    readonly permission: "orders-create-modify";
    readonly cost: "engine";
    readonly retry: "never";
    readonly encoding: "json";
  };
  /** Allocate funds to a strategy */
  readonly allocateStrategy: {
    readonly operationId: "allocateStrategy";
    readonly method: "post";
    readonly path: "/private/Earn/Allocate";
    readonly auth: "private";
    readonly permission: "earn";
    readonly cost: 1;
    readonly retry: "never";
    readonly encoding: "json";
  };
  /** Amend an open order in place */
  readonly amendOrder: {
    readonly operationId: "amendOrder";
    readonly method: "post";
    readonly path: "/private/AmendOrder";
    readonly auth: "private";
    readonly permission: "orders-create-modify";
    readonly cost: "engine";
    readonly retry: "never";
    readonly encoding: "form";
  };
  /** Cancel all open orders */
  readonly cancelAllOrders: {
    readonly operationId: "cancelAllOrders";
    readonly method: "post";
    readonly path: "/private/CancelAll";
    readonly auth: "private";
    readonly permission: "orders-cancel";
    readonly cost: "engine";
    readonly retry: "unsent";
    readonly encoding: "form";
  };
  /** Dead man's switch */
  readonly cancelAllOrdersAfter: {
    readonly operationId: "cancelAllOrdersAfter";
    readonly method: "post";
    readonly path: "/private/CancelAllOrdersAfter";
    readonly auth: "private";
    readonly permission: "orders-cancel";
    readonly cost: "engine";
    readonly retry: "unsent";
    readonly encoding: "form";
  };
  /** Cancel an open order */
  readonly cancelOrder: {
    readonly operationId: "cancelOrder";
    readonly method: "post";
    readonly path: "/private/CancelOrder";
    readonly auth: "private";
    readonly permission: "orders-cancel";
    readonly cost: "engine";
    readonly retry: "unsent";
    readonly encoding: "form";
  };
  /** Cancel up to 50 orders */
  readonly cancelOrderBatch: {
    readonly operationId: "cancelOrderBatch";
    readonly method: "post";
    readonly path: "/private/CancelOrderBatch";
    readonly auth: "private";
    readonly permission: "orders-cancel";
    readonly cost: "engine";
    readonly retry: "unsent";
    readonly encoding: "json";
  };
  /** Cancel a withdrawal */
  readonly cancelWithdrawal: {
    readonly operationId: "cancelWithdrawal";
    readonly method: "post";
    readonly path: "/private/WithdrawCancel";
    readonly auth: "private";
    readonly permission: "funds-withdraw";
    readonly cost: 1;
    readonly retry: "unsent";
    readonly encoding: "form";
  };
  /** Create a subaccount */
  readonly createSubaccount: {
    readonly operationId: "createSubaccount";
    readonly method: "post";
    readonly path: "/private/CreateSubaccount";
    readonly auth: "private";
    readonly permission: "funds-withdraw";
    readonly cost: 1;
    readonly retry: "never";
    readonly encoding: "form";
  };
  /** Deallocate funds from a strategy */
  readonly deallocateStrategy: {
    readonly operationId: "deallocateStrategy";
    readonly method: "post";
    readonly path: "/private/Earn/Deallocate";
    readonly auth: "private";
    readonly permission: "earn";
    readonly cost: 1;
    readonly retry: "never";
    readonly encoding: "json";
  };
  /** Edit an order (cancel and replace) */
  readonly editOrder: {
    readonly operationId: "editOrder";
    readonly method: "post";
    readonly path: "/private/EditOrder";
    readonly auth: "private";
    readonly permission: "orders-create-modify";
    readonly cost: "engine";
    readonly retry: "never";
    readonly encoding: "form";
  };
  /** Get export report status */
  readonly exportStatus: {
    readonly operationId: "exportStatus";
    readonly method: "post";
    readonly path: "/private/ExportStatus";
    readonly auth: "private";
    readonly permission: "export-data";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get account balance */
  readonly getAccountBalance: {
    readonly operationId: "getAccountBalance";
    readonly method: "post";
    readonly path: "/private/Balance";
    readonly auth: "private";
    readonly permission: "funds-query";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Status of the last allocation */
  readonly getAllocateStrategyStatus: {
    readonly operationId: "getAllocateStrategyStatus";
    readonly method: "post";
    readonly path: "/private/Earn/AllocateStatus";
    readonly auth: "private";
    readonly permission: "earn";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "json";
  };
  /** Get API key info */
  readonly getApiKeyInfo: {
    readonly operationId: "getApiKeyInfo";
    readonly method: "post";
    readonly path: "/private/GetApiKeyInfo";
    readonly auth: "private";
    readonly permission: "none";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get asset info */
  readonly getAssetInfo: {
    readonly operationId: "getAssetInfo";
    readonly method: "get";
    readonly path: "/public/Assets";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Get closed orders */
  readonly getClosedOrders: {
    readonly operationId: "getClosedOrders";
    readonly method: "post";
    readonly path: "/private/ClosedOrders";
    readonly auth: "private";
    readonly permission: "orders-query-closed";
    readonly cost: 2;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get credit lines */
  readonly getCreditLines: {
    readonly operationId: "getCreditLines";
    readonly method: "post";
    readonly path: "/private/CreditLines";
    readonly auth: "private";
    readonly permission: "funds-query";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Status of the last deallocation */
  readonly getDeallocateStrategyStatus: {
    readonly operationId: "getDeallocateStrategyStatus";
    readonly method: "post";
    readonly path: "/private/Earn/DeallocateStatus";
    readonly auth: "private";
    readonly permission: "earn";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "json";
  };
  /** Deposit addresses (or a new one) */
  readonly getDepositAddresses: {
    readonly operationId: "getDepositAddresses";
    readonly method: "post";
    readonly path: "/private/DepositAddresses";
    readonly auth: "private";
    readonly permission: "funds-query";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Deposit methods of an asset */
  readonly getDepositMethods: {
    readonly operationId: "getDepositMethods";
    readonly method: "post";
    readonly path: "/private/DepositMethods";
    readonly auth: "private";
    readonly permission: "funds-deposit";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get extended balance */
  readonly getExtendedBalance: {
    readonly operationId: "getExtendedBalance";
    readonly method: "post";
    readonly path: "/private/BalanceEx";
    readonly auth: "private";
    readonly permission: "funds-query";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get grouped order book */
  readonly getGroupedBook: {
    readonly operationId: "getGroupedBook";
    readonly method: "get";
    readonly path: "/public/GroupedBook";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Get ledgers info */
  readonly getLedgers: {
    readonly operationId: "getLedgers";
    readonly method: "post";
    readonly path: "/private/Ledgers";
    readonly auth: "private";
    readonly permission: "ledger-query";
    readonly cost: 2;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Query ledgers */
  readonly getLedgersInfo: {
    readonly operationId: "getLedgersInfo";
    readonly method: "post";
    readonly path: "/private/QueryLedgers";
    readonly auth: "private";
    readonly permission: "ledger-query";
    readonly cost: 2;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get level 3 order book */
  readonly getLevel3Book: {
    readonly operationId: "getLevel3Book";
    readonly method: "post";
    readonly path: "/private/Level3";
    readonly auth: "private";
    readonly permission: "orders-query-open";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get OHLC data */
  readonly getOHLCData: {
    readonly operationId: "getOHLCData";
    readonly method: "get";
    readonly path: "/public/OHLC";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Get open orders */
  readonly getOpenOrders: {
    readonly operationId: "getOpenOrders";
    readonly method: "post";
    readonly path: "/private/OpenOrders";
    readonly auth: "private";
    readonly permission: "orders-query-open";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get open positions */
  readonly getOpenPositions: {
    readonly operationId: "getOpenPositions";
    readonly method: "post";
    readonly path: "/private/OpenPositions";
    readonly auth: "private";
    readonly permission: "orders-query-open";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get order amends */
  readonly getOrderAmends: {
    readonly operationId: "getOrderAmends";
    readonly method: "post";
    readonly path: "/private/OrderAmends";
    readonly auth: "private";
    readonly permission: "orders-query-open";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get order book */
  readonly getOrderBook: {
    readonly operationId: "getOrderBook";
    readonly method: "get";
    readonly path: "/public/Depth";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Query orders info */
  readonly getOrdersInfo: {
    readonly operationId: "getOrdersInfo";
    readonly method: "post";
    readonly path: "/private/QueryOrders";
    readonly auth: "private";
    readonly permission: "orders-query-open";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get post-trade transparency data */
  readonly getPostTradeData: {
    readonly operationId: "getPostTradeData";
    readonly method: "get";
    readonly path: "/public/PostTrade";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Get pre-trade transparency data */
  readonly getPreTradeData: {
    readonly operationId: "getPreTradeData";
    readonly method: "get";
    readonly path: "/public/PreTrade";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Get recent spreads */
  readonly getRecentSpreads: {
    readonly operationId: "getRecentSpreads";
    readonly method: "get";
    readonly path: "/public/Spread";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Get recent trades */
  readonly getRecentTrades: {
    readonly operationId: "getRecentTrades";
    readonly method: "get";
    readonly path: "/public/Trades";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Get server time */
  readonly getServerTime: {
    readonly operationId: "getServerTime";
    readonly method: "get";
    readonly path: "/public/Time";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Recent deposits */
  readonly getStatusRecentDeposits: {
    readonly operationId: "getStatusRecentDeposits";
    readonly method: "post";
    readonly path: "/private/DepositStatus";
    readonly auth: "private";
    readonly permission: "funds-query";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Recent withdrawals */
  readonly getStatusRecentWithdrawals: {
    readonly operationId: "getStatusRecentWithdrawals";
    readonly method: "post";
    readonly path: "/private/WithdrawStatus";
    readonly auth: "private";
    readonly permission: "funds-withdraw";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get system status */
  readonly getSystemStatus: {
    readonly operationId: "getSystemStatus";
    readonly method: "get";
    readonly path: "/public/SystemStatus";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Get ticker information */
  readonly getTickerInformation: {
    readonly operationId: "getTickerInformation";
    readonly method: "get";
    readonly path: "/public/Ticker";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Get tradable asset pairs */
  readonly getTradableAssetPairs: {
    readonly operationId: "getTradableAssetPairs";
    readonly method: "get";
    readonly path: "/public/AssetPairs";
    readonly auth: "public";
    readonly permission: null;
    readonly cost: 0;
    readonly retry: "safe";
    readonly encoding: "query";
  };
  /** Get trade balance */
  readonly getTradeBalance: {
    readonly operationId: "getTradeBalance";
    readonly method: "post";
    readonly path: "/private/TradeBalance";
    readonly auth: "private";
    readonly permission: "orders-query-open";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get trades history */
  readonly getTradeHistory: {
    readonly operationId: "getTradeHistory";
    readonly method: "post";
    readonly path: "/private/TradesHistory";
    readonly auth: "private";
    readonly permission: "orders-query-closed";
    readonly cost: 2;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get trade volume */
  readonly getTradeVolume: {
    readonly operationId: "getTradeVolume";
    readonly method: "post";
    readonly path: "/private/TradeVolume";
    readonly auth: "private";
    readonly permission: "funds-query";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "json";
  };
  /** Query trades info */
  readonly getTradesInfo: {
    readonly operationId: "getTradesInfo";
    readonly method: "post";
    readonly path: "/private/QueryTrades";
    readonly auth: "private";
    readonly permission: "orders-query-closed";
    readonly cost: 2;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Get a WebSocket token */
  readonly getWebsocketsToken: {
    readonly operationId: "getWebsocketsToken";
    readonly method: "post";
    readonly path: "/private/GetWebSocketsToken";
    readonly auth: "private";
    readonly permission: "websocket";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Saved withdrawal addresses */
  readonly getWithdrawalAddresses: {
    readonly operationId: "getWithdrawalAddresses";
    readonly method: "post";
    readonly path: "/private/WithdrawAddresses";
    readonly auth: "private";
    readonly permission: "funds-withdraw";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Withdrawal fee and limit */
  readonly getWithdrawalInformation: {
    readonly operationId: "getWithdrawalInformation";
    readonly method: "post";
    readonly path: "/private/WithdrawInfo";
    readonly auth: "private";
    readonly permission: "funds-withdraw";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Withdrawal methods */
  readonly getWithdrawalMethods: {
    readonly operationId: "getWithdrawalMethods";
    readonly method: "post";
    readonly path: "/private/WithdrawMethods";
    readonly auth: "private";
    readonly permission: "funds-withdraw";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** List Earn allocations */
  readonly listAllocations: {
    readonly operationId: "listAllocations";
    readonly method: "post";
    readonly path: "/private/Earn/Allocations";
    readonly auth: "private";
    readonly permission: "funds-query";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "json";
  };
  /** List Earn strategies */
  readonly listStrategies: {
    readonly operationId: "listStrategies";
    readonly method: "post";
    readonly path: "/private/Earn/Strategies";
    readonly auth: "private";
    readonly permission: "none";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "json";
  };
  /** List wallet accounts */
  readonly listWalletAccounts: {
    readonly operationId: "listWalletAccounts";
    readonly method: "post";
    readonly path: "/private/ListWalletAccounts";
    readonly auth: "private";
    readonly permission: "none";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Delete export report */
  readonly removeExport: {
    readonly operationId: "removeExport";
    readonly method: "post";
    readonly path: "/private/RemoveExport";
    readonly auth: "private";
    readonly permission: "export-data";
    readonly cost: 1;
    readonly retry: "unsent";
    readonly encoding: "form";
  };
  /** Retrieve data export */
  readonly retrieveExport: {
    readonly operationId: "retrieveExport";
    readonly method: "post";
    readonly path: "/private/RetrieveExport";
    readonly auth: "private";
    readonly permission: "export-data";
    readonly cost: 1;
    readonly retry: "safe";
    readonly encoding: "form";
  };
  /** Spot to Futures wallet transfer */
  readonly walletTransfer: {
    readonly operationId: "walletTransfer";
    readonly method: "post";
    readonly path: "/private/WalletTransfer";
    readonly auth: "private";
    readonly permission: "funds-query";
    readonly cost: 1;
    readonly retry: "never";
    readonly encoding: "form";
  };
  /** Withdraw funds */
  readonly withdrawFunds: {
    readonly operationId: "withdrawFunds";
    readonly method: "post";
    readonly path: "/private/Withdraw";
    readonly auth: "private";
    readonly permission: "funds-withdraw";
    readonly cost: 1;
    readonly retry: "never";
    readonly encoding: "form";
  };
}>;

/** Every Kraken REST operation described in openapi.json, keyed by operationId (sorted). */
export const operations: Operations = /* @__PURE__ */ unpack("accountTransfer post  private funds-withdraw 1 never form,addExport post  private export-data 1 unsent form,addOrder post  private orders-create-modify engine never form,addOrderBatch post  private orders-create-modify engine never json,allocateStrategy post Earn/Allocate private earn 1 never json,amendOrder post  private orders-create-modify engine never form,cancelAllOrders post CancelAll private orders-cancel engine unsent form,cancelAllOrdersAfter post  private orders-cancel engine unsent form,cancelOrder post  private orders-cancel engine unsent form,cancelOrderBatch post  private orders-cancel engine unsent json,cancelWithdrawal post WithdrawCancel private funds-withdraw 1 unsent form,createSubaccount post  private funds-withdraw 1 never form,deallocateStrategy post Earn/Deallocate private earn 1 never json,editOrder post  private orders-create-modify engine never form,exportStatus post  private export-data 1 safe form,getAccountBalance post Balance private funds-query 1 safe form,getAllocateStrategyStatus post Earn/AllocateStatus private earn 1 safe json,getApiKeyInfo post  private none 1 safe form,getAssetInfo get Assets public - 0 safe query,getClosedOrders post ClosedOrders private orders-query-closed 2 safe form,getCreditLines post CreditLines private funds-query 1 safe form,getDeallocateStrategyStatus post Earn/DeallocateStatus private earn 1 safe json,getDepositAddresses post DepositAddresses private funds-query 1 safe form,getDepositMethods post DepositMethods private funds-deposit 1 safe form,getExtendedBalance post BalanceEx private funds-query 1 safe form,getGroupedBook get GroupedBook public - 0 safe query,getLedgers post Ledgers private ledger-query 2 safe form,getLedgersInfo post QueryLedgers private ledger-query 2 safe form,getLevel3Book post Level3 private orders-query-open 1 safe form,getOHLCData get OHLC public - 0 safe query,getOpenOrders post OpenOrders private orders-query-open 1 safe form,getOpenPositions post OpenPositions private orders-query-open 1 safe form,getOrderAmends post OrderAmends private orders-query-open 1 safe form,getOrderBook get Depth public - 0 safe query,getOrdersInfo post QueryOrders private orders-query-open 1 safe form,getPostTradeData get PostTrade public - 0 safe query,getPreTradeData get PreTrade public - 0 safe query,getRecentSpreads get Spread public - 0 safe query,getRecentTrades get Trades public - 0 safe query,getServerTime get Time public - 0 safe query,getStatusRecentDeposits post DepositStatus private funds-query 1 safe form,getStatusRecentWithdrawals post WithdrawStatus private funds-withdraw 1 safe form,getSystemStatus get SystemStatus public - 0 safe query,getTickerInformation get Ticker public - 0 safe query,getTradableAssetPairs get AssetPairs public - 0 safe query,getTradeBalance post TradeBalance private orders-query-open 1 safe form,getTradeHistory post TradesHistory private orders-query-closed 2 safe form,getTradeVolume post TradeVolume private funds-query 1 safe json,getTradesInfo post QueryTrades private orders-query-closed 2 safe form,getWebsocketsToken post GetWebSocketsToken private websocket 1 safe form,getWithdrawalAddresses post WithdrawAddresses private funds-withdraw 1 safe form,getWithdrawalInformation post WithdrawInfo private funds-withdraw 1 safe form,getWithdrawalMethods post WithdrawMethods private funds-withdraw 1 safe form,listAllocations post Earn/Allocations private funds-query 1 safe json,listStrategies post Earn/Strategies private none 1 safe json,listWalletAccounts post  private none 1 safe form,removeExport post  private export-data 1 unsent form,retrieveExport post  private export-data 1 safe form,walletTransfer post  private funds-query 1 never form,withdrawFunds post Withdraw private funds-withdraw 1 never form");

/** The operationId of any described operation. */
export type OperationId = keyof typeof operations;

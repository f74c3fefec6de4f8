/**
 * DO NOT EDIT. This file is generated from openapi.json by `npm run codegen` (codegen/generate.mjs).
 * Change openapi.json or the generator instead, then run `npm run codegen` and commit the result.
 */

export interface paths {
    "/private/AccountTransfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer between master and subaccounts
         * @description Moves funds between the master account and its subaccounts, instantly and without fee (master-account key only). Accounts are named by IIBAN. Moves money, so never resent automatically.
         */
        post: operations["accountTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/AddExport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request export report
         * @description Queue an export of trades or ledgers; poll `exportStatus`, then download with `retrieveExport`.
         */
        post: operations["addExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/AddOrder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place an order
         * @description Places one order. Check pair limits (tick size, `ordermin`, `costmin`, leverage) with AssetPairs first. The conditional close order goes in `close` (bracket keys in form bodies). Never resent automatically: a lost response must be reconciled through `cl_ord_id` or `userref`.
         */
        post: operations["addOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/AddOrderBatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place 2 to 15 orders on one pair
         * @description Places between 2 and 15 orders on a single pair. Kraken validates the whole batch first and rejects all of it if any order is invalid; orders that later fail engine checks (e.g. funds) are rejected individually with `error` in their result entry. Sent as JSON because the orders are an array of objects.
         */
        post: operations["addOrderBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/AmendOrder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amend an open order in place
         * @description Changes quantity, display quantity, limit or trigger price of an open order without cancelling it; txid and cl_ord_id are kept, queue priority where possible. Cheaper on the trading rate counter than EditOrder.
         */
        post: operations["amendOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/Balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get account balance
         * @description Cash balance of every asset, net of pending withdrawals. Keys may carry suffixes for read-only variants: `.S` staked, `.M` opt-in rewards, `.B` yield-bearing, `.F` Kraken Rewards, `.T` tokenized assets.
         */
        post: operations["getAccountBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/BalanceEx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get extended balance
         * @description Balance of every asset with credit and the amount held by open orders.
         */
        post: operations["getExtendedBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/CancelAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel all open orders
         * @description Cancels every open order of the account. Retry class `unsent`: a repeated cancel is harmless in effect, but a late duplicate could hit an order placed afterwards under the same userref or cl_ord_id, so the runtime resends only when the first attempt certainly never reached Kraken.
         */
        post: operations["cancelAllOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/CancelAllOrdersAfter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dead man's switch
         * @description Starts or pushes back a countdown after which all open orders are cancelled; `timeout: 0` disables it. After it fires the timer stays off until a new non-zero timeout. Kraken suggests calling every 15-30 s with 60 s, and disabling it before scheduled maintenance. Retry class `unsent`: a late duplicate could re-arm a timer that a later call disabled, so it is resent only when the first attempt certainly never left.
         */
        post: operations["cancelAllOrdersAfter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/CancelOrder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an open order
         * @description Cancels one order by txid or cl_ord_id, or every open order carrying a userref. Retry class `unsent`: a repeated cancel is harmless in effect, but a late duplicate could hit an order placed afterwards under the same userref or cl_ord_id, so the runtime resends only when the first attempt certainly never reached Kraken.
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/CancelOrderBatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel up to 50 orders
         * @description Cancels open orders given by txid, userref or cl_ord_id, at most 50 unique ids per call. Sent as JSON because the ids are arrays. Retry class `unsent`: a repeated cancel is harmless in effect, but a late duplicate could hit an order placed afterwards under the same userref or cl_ord_id, so the runtime resends only when the first attempt certainly never reached Kraken.
         */
        post: operations["cancelOrderBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/ClosedOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get closed orders
         * @description Closed, canceled and expired orders, 50 per call, most recent first. Page with `ofs` and/or `start`/`end`.
         */
        post: operations["getClosedOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/CreateSubaccount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a subaccount
         * @description Creates a trading subaccount (institutional clients; master-account key only). Kraken's reference asks for the Withdraw permission while its subaccount guide says Create & Modify Orders; the reference is followed here. Never resent automatically.
         */
        post: operations["createSubaccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/CreditLines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get credit lines
         * @description Credit line details and the account-wide credit monitor (VIP accounts with credit). The result is null when the account has no credit line.
         */
        post: operations["getCreditLines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/DepositAddresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deposit addresses (or a new one)
         * @description Lists deposit addresses of an asset and method, or creates one with `new`. Creating an address is harmless to repeat (at worst one more address), so the call is classed safe.
         */
        post: operations["getDepositAddresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/DepositMethods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deposit methods of an asset
         * @description Lists the ways an asset can be deposited, with their limits and fees. Legacy funding endpoint (Kraken now points to Funding Beta).
         */
        post: operations["getDepositMethods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/DepositStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recent deposits
         * @description Lists recent deposits, newest first. Without `cursor` the result is a plain list; with `cursor` Kraken pages the result and adds `next_cursor` (the wrapper's exact shape is loosely documented, so both forms are accepted).
         */
        post: operations["getStatusRecentDeposits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/Earn/Allocate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allocate funds to a strategy
         * @description Allocates an amount to an Earn strategy. Asynchronous: Kraken runs a few checks, answers, and finishes later; poll the matching status endpoint. Only one (de)allocation per strategy can be in flight (`EEarnings:Busy:...` otherwise). Moves funds, so never resent automatically.
         */
        post: operations["allocateStrategy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/Earn/AllocateStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Status of the last allocation
         * @description Tells whether the last allocation to a strategy is still pending. If it failed, Kraken answers this call with the original error.
         */
        post: operations["getAllocateStrategyStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/Earn/Allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Earn allocations
         * @description Lists the user's allocations per strategy, with amounts bonding, queued or unbonding, rewards and the next payout, converted into `converted_asset`. Includes strategies with a zero balance unless `hide_zero_allocations` is set. (Un)bonding times settle 1-2 minutes after a (de)allocation.
         */
        post: operations["listAllocations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/Earn/Deallocate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deallocate funds from a strategy
         * @description Takes an amount out of an Earn strategy (subject to its unbonding period). Asynchronous: Kraken runs a few checks, answers, and finishes later; poll the matching status endpoint. Only one (de)allocation per strategy can be in flight (`EEarnings:Busy:...` otherwise). Moves funds, so never resent automatically.
         */
        post: operations["deallocateStrategy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/Earn/DeallocateStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Status of the last deallocation
         * @description Tells whether the last deallocation from a strategy is still pending. If it failed, Kraken answers this call with the original error.
         */
        post: operations["getDeallocateStrategyStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/Earn/Strategies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Earn strategies
         * @description Lists the Earn strategies available in the caller's region, with lock type, fees, yield estimate and whether the user may allocate (Earn usually needs the Intermediate tier). Any valid key works.
         */
        post: operations["listStrategies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/EditOrder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit an order (cancel and replace)
         * @description Legacy edit: cancels the order and creates a new one with a new txid. Not for triggered stop/take-profit orders, orders with a conditional close, or orders with cl_ord_id; queue priority is lost and past fills stay on the original order. Prefer AmendOrder.
         */
        post: operations["editOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/ExportStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get export report status
         * @description Status of every export of one report kind.
         */
        post: operations["exportStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/GetApiKeyInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get API key info
         * @description Name, permissions, restrictions (IP allowlist, query window, expiry) and usage times of the key that signs the request. Not in Kraken's official spec snapshot; schema from the current docs. Some accounts or regions may answer `EGeneral:Unknown method`. The result contains the key itself and its last nonce: never log it.
         */
        post: operations["getApiKeyInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/GetWebSocketsToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a WebSocket token
         * @description Returns a token for the authenticated WebSocket API. Use it within 15 minutes; it then stays valid while a connection with a private subscription is kept open. Creates nothing lasting, so it is safe to retry.
         */
        post: operations["getWebsocketsToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/Ledgers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get ledgers info
         * @description Ledger entries, 50 per call, most recent first. Page with `ofs` and/or `start`/`end`.
         */
        post: operations["getLedgers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/Level3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get level 3 order book
         * @description Order-by-order snapshot of a pair's visible book with order ids and entry times (no in-flight, untriggered or hidden iceberg quantity). Requires authentication. Not in Kraken's official spec snapshot; from the current docs.
         */
        post: operations["getLevel3Book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/ListWalletAccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List wallet accounts
         * @description Wallet accounts of the user with the public `account_id` that `getAccountBalance`, `getLedgers` and Funding (Beta) accept. Not in Kraken's official spec snapshot and not documented field by field: the shape here comes from observed responses (accounts with id, flags, status, type, name; a `cursor`); paging parameters and the full value sets of `type`/`status` are unknown.
         */
        post: operations["listWalletAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/OpenOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get open orders
         * @description All open orders of the account, optionally filtered by client tag or client order id.
         */
        post: operations["getOpenOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/OpenPositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get open positions
         * @description Open margin positions keyed by the id of the opening trade; with `consolidation=market`, a list combined per pair instead.
         */
        post: operations["getOpenPositions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/OrderAmends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get order amends
         * @description Amend history of one order, oldest first; the first entry is the order as placed.
         */
        post: operations["getOrderAmends"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/QueryLedgers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query ledgers
         * @description Specific ledger entries by id (up to 20).
         */
        post: operations["getLedgersInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/QueryOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query orders info
         * @description Specific orders, open or closed, by id (up to 50).
         */
        post: operations["getOrdersInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/QueryTrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query trades info
         * @description Specific trades by id (up to 20).
         */
        post: operations["getTradesInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/RemoveExport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete export report
         * @description Cancel a queued or processing report, or delete a processed one.
         */
        post: operations["removeExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/RetrieveExport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve data export
         * @description Download a processed report. On success the body is a zip archive, not JSON; failures still come as the JSON `{error}` envelope.
         */
        post: operations["retrieveExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/TradeBalance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get trade balance
         * @description Margin, equity and open-position valuation of the account, in the chosen base asset.
         */
        post: operations["getTradeBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/TradesHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get trades history
         * @description Fills of the account, 50 per call, most recent first. Page with `ofs` and/or `start`/`end`.
         */
        post: operations["getTradeHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/TradeVolume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get trade volume
         * @description 30-day USD trading volume and, for the requested pairs, the current fee tiers (taker in `fees`, maker in `fees_maker`). Fees are omitted when no pair is given. `pair` also takes a list of `{ asset, aclass }` objects (needed for `derivatives` and `equity_pair`, such as Derivatives contracts and xStocks), sent as JSON; `fee_schedule=true` adds the full schedules.
         */
        post: operations["getTradeVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/WalletTransfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Spot to Futures wallet transfer
         * @description Moves funds from the Spot wallet to the Futures wallet (the other direction goes through the Futures API). Moves money, so never resent automatically.
         */
        post: operations["walletTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/Withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw funds
         * @description Requests a withdrawal to a saved address. Moves money, so never resent automatically; check WithdrawStatus after an unclear failure.
         */
        post: operations["withdrawFunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/WithdrawAddresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Saved withdrawal addresses
         * @description Lists the withdrawal addresses saved on the account.
         */
        post: operations["getWithdrawalAddresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/WithdrawCancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a withdrawal
         * @description Asks Kraken to cancel a withdrawal that has not been processed yet. No permission is needed when the withdrawal is a WalletTransfer. Retry class `unsent`: repeating the request is harmless, but the runtime still resends it only when the first attempt certainly never reached Kraken, and a repeat after a lost response may report an error for an already-cancelled withdrawal.
         */
        post: operations["cancelWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/WithdrawInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdrawal fee and limit
         * @description Quotes the fee, net amount and current limit for withdrawing an amount to a saved address.
         */
        post: operations["getWithdrawalInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/WithdrawMethods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdrawal methods
         * @description Lists withdrawal methods available to the account, optionally for one asset or network.
         */
        post: operations["getWithdrawalMethods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/private/WithdrawStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recent withdrawals
         * @description Lists recent withdrawals, newest first. Without `cursor` the result is a plain list; with `cursor` Kraken pages it and adds `next_cursor` (wrapper shape loosely documented; both forms are accepted).
         */
        post: operations["getStatusRecentWithdrawals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/AssetPairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get tradable asset pairs
         * @description Tradable pairs with precision, minimum order size and cost, tick size, fee schedules and margin terms. Results are keyed by pair id; map back to altname/wsname through the fields.
         */
        get: operations["getTradableAssetPairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/Assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get asset info
         * @description Assets Kraken knows, with record-keeping precision, collateral value and funding status.
         */
        get: operations["getAssetInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/Depth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get order book
         * @description Level 2 order book (aggregated price levels) of one pair, up to 500 levels per side.
         */
        get: operations["getOrderBook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/GroupedBook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get grouped order book
         * @description Order book with volume summed over groups of ticks, for a coarse view deep into the book. Volume between grouped levels goes to the nearest passive level (asks round up, bids round down). Not in Kraken's official spec snapshot; from the current docs.
         */
        get: operations["getGroupedBook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/OHLC": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get OHLC data
         * @description Up to 720 most recent candles of one pair; older data is not reachable here. The last candle is the current, still-changing one and is always included regardless of `since`. Poll with `since` = previous `last`.
         */
        get: operations["getOHLCData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/PostTrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get post-trade transparency data
         * @description Executed trades with regulatory identifiers (post-trade transparency). Without filters, the last 1000 trades across all pairs. Page forward with `from_ts` = previous `last_ts`. Not in Kraken's official spec snapshot; from the current docs.
         */
        get: operations["getPostTradeData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/PreTrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get pre-trade transparency data
         * @description Top 10 aggregated price levels of a pair with order counts, publication times and regulatory identifiers (MiFID II / MiCA pre-trade transparency). Not in Kraken's official spec snapshot; field list from the current docs and observed responses.
         */
        get: operations["getPreTradeData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/Spread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get recent spreads
         * @description Roughly the last 200 best bid/ask snapshots of one pair (not a full history). Poll with `since` = previous `last`.
         */
        get: operations["getRecentSpreads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/SystemStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get system status
         * @description Exchange-wide trading mode. `maintenance`: no orders or cancels; `cancel_only`: cancels only; `post_only`: only post-only limit orders and cancels; no trades happen in the last three.
         */
        get: operations["getSystemStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/Ticker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get ticker information
         * @description Best bid/ask, last trade, volume, VWAP, trade count, low, high and today's open. Today starts at 00:00 UTC.
         */
        get: operations["getTickerInformation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/Time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get server time
         * @description Kraken's current clock, as Unix seconds and as RFC 1123 text. Useful to check connectivity and clock skew.
         */
        get: operations["getServerTime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/Trades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get recent trades
         * @description Public trades of one pair, up to 1000 per call. Page forward with `since` = previous `last` (a nanosecond cursor).
         */
        get: operations["getRecentTrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountTransferResult: {
            /**
             * @description `complete`, or `pending` while the transfer settles.
             * @example complete
             * @example pending
             */
            status: string;
            /** @description Id of the transfer. */
            transfer_id: string;
        };
        AddOrderBatchResult: {
            /** @description One entry per submitted order, in request order. */
            orders: components["schemas"]["BatchOrderOutcome"][];
        };
        /** @description Accepted order. */
        AddOrderResult: {
            descr: components["schemas"]["OrderEntryDescr"];
            /** @description Kraken ids of the created order(s). Absent when `validate` was true. */
            txid?: string[];
        };
        AmendOrderResult: {
            /** @description Kraken's id of this amend transaction. */
            amend_id: string;
        };
        /** @description Facts about the API key that signed the request. */
        ApiKeyInfo: {
            /** @description The public API key itself. Treat as sensitive; do not log. */
            apiKey?: string;
            /** @description Label of the key. */
            apiKeyName?: string;
            /** @description Creation time, Unix seconds as text. */
            createdTime?: string;
            /** @description Internal IBAN (IIBAN) of the key's account. */
            iban?: string;
            /** @description IP addresses or ranges allowed to use the key; empty when unrestricted. */
            ipAllowlist?: string[];
            /** @description Last use, Unix seconds as text; null when never used. */
            lastUsed?: string | null;
            /** @description Last change, Unix seconds as text. */
            modifiedTime?: string;
            /** @description Last nonce Kraken accepted for the key. */
            nonce?: string;
            /** @description Custom nonce window, 0 when not set. */
            nonceWindow?: number;
            /** @description Permissions of the key: `query-funds`, `add-funds`, `withdraw-funds`, `earn-funds`, `query-open-trades`, `query-closed-trades`, `modify-trades`, `close-trades`, `query-ledger`, `export-data`, `create-ws-token`, `add-withdraw-address`, `update-withdraw-address`. */
            permissions: string[];
            /** @description Earliest date the key may query, Unix seconds as text; `0` when none. */
            queryFrom?: string;
            /** @description Latest date the key may query, Unix seconds as text; `0` when none. */
            queryTo?: string;
            /** @description Expiry, Unix seconds as text; `0` when none. */
            validUntil?: string;
        };
        /** @description How Kraken records and displays one asset. */
        AssetInfo: {
            /** @description Asset class, e.g. `currency` or `tokenized_asset`. */
            aclass: string;
            /** @description Short alternative name (e.g. `XBT` for `XXBT`). */
            altname: string;
            /** @description Weight of this asset when valued as margin collateral (1 = full value). */
            collateral_value?: number;
            /** @description Decimal places Kraken uses to record amounts of this asset. */
            decimals: number;
            /** @description Decimal places front ends show for this asset. */
            display_decimals: number;
            /** @description Funding/trading state: `enabled`, `deposit_only`, `withdrawal_only` or `funding_temporarily_disabled` (new values may appear). */
            status?: string;
        };
        /** @description Trading rules, precision, fees and margin terms of one pair. Which fields appear depends on the `info` parameter. */
        AssetPair: {
            /** @description Asset class of the base asset. */
            aclass_base?: string;
            /** @description Asset class of the quote asset. */
            aclass_quote?: string;
            /** @description Alternative pair name, e.g. `XBTUSD`. */
            altname?: string;
            /** @description Asset id of the base asset (e.g. `XXBT`). */
            base?: string;
            /** @description Decimal places of an order's cost (quote currency). */
            cost_decimals?: number;
            /** @description Smallest order cost (price x volume), in quote currency. */
            costmin?: components["schemas"]["DecimalString"];
            /** @description Execution venue: `international` (Kraken) or `bitnomial_exchange` (Bitnomial's US venue) (Kraken's changelog, 27/30 April 2026). */
            execution_venue?: string;
            /** @description Currency in which the 30-day volume for fee tiers is counted. */
            fee_volume_currency?: string;
            /** @description Taker fee schedule (or the single schedule on pairs without maker/taker split). */
            fees?: components["schemas"]["FeeTier"][];
            /** @description Maker fee schedule, present on maker/taker pairs. */
            fees_maker?: components["schemas"]["FeeTier"][];
            /** @description Leverage levels allowed for buy (long) margin orders. */
            leverage_buy?: number[];
            /** @description Leverage levels allowed for sell (short) margin orders. */
            leverage_sell?: number[];
            /** @description Largest long margin position, in base currency. */
            long_position_limit?: number;
            /**
             * @deprecated
             * @description Volume lot unit (deprecated, always `unit`).
             */
            lot?: string;
            /** @description Decimal places of volumes (base currency). */
            lot_decimals?: number;
            /** @description Factor turning lot volume into currency volume. */
            lot_multiplier?: number;
            /** @description Margin level (percent) that triggers a margin call. */
            margin_call?: number;
            /** @description Margin level (percent) at which positions are liquidated. */
            margin_stop?: number;
            /** @description Smallest order volume, in base currency. */
            ordermin?: components["schemas"]["DecimalString"];
            /** @description Decimal places of prices in this pair. */
            pair_decimals?: number;
            /** @description Asset id of the quote asset (e.g. `ZUSD`). */
            quote?: string;
            /** @description Largest short margin position, in base currency. */
            short_position_limit?: number;
            /** @description Pair trading state: `online`, `cancel_only`, `post_only`, `limit_only`, `reduce_only`; also seen: `delisted`, `maintenance`, `work_in_progress`. */
            status?: string;
            /** @description Smallest price increment. */
            tick_size?: components["schemas"]["DecimalString"];
            /** @description Pair name used by WebSocket API v1, e.g. `XBT/USD`. */
            wsname?: string;
        };
        /** @description One order of a batch; the pair comes from the batch. */
        BatchOrderEntry: {
            cl_ord_id?: components["schemas"]["ClientOrderId"];
            close?: components["schemas"]["ConditionalClose"];
            /** @description Iceberg orders only: quantity visible in the book, at least 1/15 of `volume`. */
            displayvol?: components["schemas"]["DecimalString"];
            /** @description Expiry (needed for GTD, at most one month ahead): `0` none (default), a Unix timestamp, or `+<n>` seconds from now (at least 5). */
            expiretm?: components["schemas"]["ScheduleTime"];
            /** @description Leverage for a margin order, e.g. `5` (default: no leverage, spot order). */
            leverage?: string;
            oflags?: components["schemas"]["OrderFlags"];
            ordertype: components["schemas"]["OrderEntryType"];
            /** @description Limit price (limit, iceberg) or trigger price (stop, take-profit, trailing types). May be relative; trailing types need `+<offset>`. */
            price?: components["schemas"]["PriceExpression"];
            /** @description Limit price for the `*-limit` types. For trailing-stop-limit an offset from the trigger (`+0` means equal). */
            price2?: components["schemas"]["PriceExpression"];
            /**
             * @description Only reduce an existing margin position; never increase it or open a new one.
             * @default false
             */
            reduce_only: boolean;
            /** @description Scheduled start: `0` now (default), a Unix timestamp, or `+<n>` seconds from now. */
            starttm?: components["schemas"]["ScheduleTime"];
            stptype?: components["schemas"]["SelfTradePrevention"];
            timeinforce?: components["schemas"]["TimeInForce"];
            trigger?: components["schemas"]["TriggerSignal"];
            type: components["schemas"]["OrderSide"];
            /**
             * Format: int32
             * @description Your own numeric tag; not unique, so many orders may share it (cancel or query them together). Cannot be combined with `cl_ord_id`.
             */
            userref?: number;
            /** @description Quantity in base currency (quote currency with the `viqc` flag). `0` closes a margin position in full. */
            volume: components["schemas"]["DecimalString"];
        };
        /** @description Outcome of one order of the batch: either `descr` + `txid`, or `error`. */
        BatchOrderOutcome: {
            /** @description Conditional close order in words (seen beside `descr` in Kraken's examples). */
            close?: string;
            descr?: components["schemas"]["OrderEntryDescr"];
            /** @description Why this single order was rejected; the batch's other orders are unaffected. */
            error?: string;
            /** @description Kraken id of the created order (a single string, unlike AddOrder). */
            txid?: string;
        };
        /** @description One price level: `[price, volume, timestamp]`, timestamp in Unix seconds of the level's last change. */
        BookLevel: [
            components["schemas"]["DecimalString"],
            components["schemas"]["DecimalString"],
            number
        ];
        CancelOrderBatchResult: {
            /** @description Number of orders cancelled. */
            count: number;
        };
        CancelOrderResult: {
            /** @description Number of orders cancelled. */
            count: number;
            /** @description True when the cancellation is still being processed. */
            pending?: boolean;
        };
        /** @description Client order id, unique among the account's open orders: a UUID with dashes (36 chars), the same 32 hex digits without dashes, or free ASCII text of at most 18 characters. Cannot be combined with `userref`. */
        ClientOrderId: string;
        /** @description An order that may be closed: the open-order fields plus close time and reason. */
        ClosedOrderInfo: components["schemas"]["OrderInfo"] & {
            /** @description When the order closed, Unix seconds with fraction. */
            closetm?: number;
            /** @description Why the order closed or was canceled (e.g. `User requested`), or null. */
            reason?: string | null;
        };
        /**
         * @description Order type of a conditional close order (any AddOrder type except `market` and `settle-position`).
         * @enum {string}
         */
        CloseOrderType: "limit" | "iceberg" | "stop-loss" | "take-profit" | "stop-loss-limit" | "take-profit-limit" | "trailing-stop" | "trailing-stop-limit";
        /** @description Conditional close order placed automatically, for the filled quantity and on the opposite side, each time the primary order fills. Once placed it is an independent order. In form bodies it travels as the bracket keys `close[ordertype]`, `close[price]`, `close[price2]` (deepObject style); in JSON bodies as a nested object. */
        ConditionalClose: {
            ordertype: components["schemas"]["CloseOrderType"];
            /** @description Limit or trigger price of the close order. */
            price?: components["schemas"]["PriceExpression"];
            /** @description Secondary (limit) price of the close order, for `*-limit` types. */
            price2?: components["schemas"]["PriceExpression"];
        };
        /** @description Open positions of one pair combined (`consolidation=market`). */
        ConsolidatedPosition: {
            /** @description Asset class of the positions. */
            class?: string;
            /** @description Combined cost. */
            cost?: components["schemas"]["DecimalString"];
            /** @description Combined fee. */
            fee?: components["schemas"]["DecimalString"];
            /** @description Average leverage, or `n/a`. */
            leverage?: string;
            /** @description Combined margin. */
            margin?: components["schemas"]["DecimalString"];
            /** @description Combined unrealized profit/loss. */
            net?: string;
            /** @description Pair id. */
            pair: string;
            /** @description Number of positions combined (seen as text). */
            positions?: string | number;
            /** @description Side: `buy` or `sell`. */
            type?: string;
            /** @description Combined current value. */
            value?: string;
            /** @description Combined volume. */
            vol?: components["schemas"]["DecimalString"];
            /** @description Combined closed volume. */
            vol_closed?: components["schemas"]["DecimalString"];
        };
        /** @description Credit lines of a VIP account. */
        CreditLines: {
            /** @description Asset to its credit line. */
            asset_details?: {
                [key: string]: components["schemas"]["CreditLinesAsset"];
            };
            limits_monitor?: components["schemas"]["CreditLinesMonitor"];
        };
        /** @description Credit line of one asset. */
        CreditLinesAsset: {
            /** @description Credit still available. */
            available_credit?: components["schemas"]["DecimalString"];
            /** @description Current balance of the asset. */
            balance?: components["schemas"]["DecimalString"];
            /** @description Credit limit in the asset. */
            credit_limit?: components["schemas"]["DecimalString"];
            /** @description Credit currently used. */
            credit_used?: components["schemas"]["DecimalString"];
        };
        /** @description Account-wide credit monitor; values may be null. */
        CreditLinesMonitor: {
            /** @description Credit used divided by equity. */
            debt_to_equity?: string | null;
            /** @description Collateral minus credit, in USD. */
            equity_usd?: string | null;
            /** @description Collateral divided by credit. */
            ongoing_balance?: string | null;
            /** @description Collateral value (balance x collateral weight), in USD. */
            total_collateral_value_usd?: string | null;
            /** @description All credit, in USD. */
            total_credit_usd?: string | null;
            /** @description All credit used, in USD. */
            total_credit_used_usd?: string | null;
        };
        DeadManSwitchResult: {
            /**
             * Format: date-time
             * @description When Kraken received the request (RFC 3339).
             */
            currentTime: string;
            /** @description When all orders will be cancelled unless the timer is pushed back (RFC 3339). Typed as a plain string because a disabled timer need not carry a timestamp here. */
            triggerTime: string;
        };
        /** @description An exact decimal number carried as a string. */
        DecimalString: string;
        /** @description One deposit. */
        Deposit: components["schemas"]["FundingTransfer"] & {
            /** @description Sending transaction ids when the deposit was credited by a sweep. */
            originators?: string[];
            /**
             * @description Extra state when there is one: `return` (Kraken is sending it back) or `onhold` (held for review).
             * @example return
             * @example onhold
             */
            "status-prop"?: string;
        };
        DepositAddress: {
            /** @description The deposit address. */
            address: string;
            /** @description Unix time (seconds, as a string) when the address expires; `0` when it never does. */
            expiretm?: string;
            /** @description Memo that must accompany deposits to this address (seen on some chains). */
            memo?: string;
            /** @description True when the address has never received funds. */
            new?: boolean;
            /** @description Destination tag (XRP) or memo that must accompany deposits to this address. */
            tag?: string;
        };
        DepositMethod: {
            /** @description Fee charged for setting up a deposit address, if any. */
            "address-setup-fee"?: string;
            /** @description Fee charged for a deposit with this method. */
            fee?: string;
            /** @description Whether new addresses can be generated for this method. */
            "gen-address"?: boolean;
            /** @description Largest net amount that can be deposited now, or `false` when unlimited. */
            limit?: string | false | number;
            /** @description Name of the deposit method, e.g. `Bitcoin`; pass it as `method` to DepositAddresses. */
            method: string;
            /** @description Smallest net amount that can be deposited now. */
            minimum?: string;
        };
        /** @description The user's position in one strategy. */
        EarnAllocation: {
            /** @description Allocated funds by state; what is not bonding, queued or unbonding is simply earning. */
            amount_allocated: {
                /** @description Funds still bonding; present only when there are some. */
                bonding?: components["schemas"]["EarnAllocationState"];
                /** @description Funds in the exit queue (ETH); present only when there are some. */
                exit_queue?: components["schemas"]["EarnAllocationState"];
                /** @description Amount of the operation in flight; negative for a deallocation. */
                pending?: components["schemas"]["EarnAmount"];
                total: components["schemas"]["EarnAmount"];
                /** @description Funds unbonding; present only when there are some. */
                unbonding?: components["schemas"]["EarnAllocationState"];
            };
            /** @description Asset of the strategy. */
            native_asset: string;
            /** @description Current payout period; absent when there is none. */
            payout?: {
                accumulated_reward?: components["schemas"]["EarnAmount"];
                estimated_reward?: components["schemas"]["EarnAmount"];
                /**
                 * Format: date-time
                 * @description Expected time of the next payout.
                 */
                period_end?: string;
                /**
                 * Format: date-time
                 * @description Start of the current payout period.
                 */
                period_start?: string;
            } | null;
            /** @description Strategy id. */
            strategy_id: string;
            total_rewarded: components["schemas"]["EarnAmount"];
        };
        EarnAllocationList: {
            /** @description Asset in which `converted` amounts are expressed. */
            converted_asset: string;
            /** @description One entry per strategy the user holds or held. */
            items: components["schemas"]["EarnAllocation"][];
            /** @description Paging cursor (Kraken does not page this list today). */
            next_cursor?: string | null;
            /** @description Sum allocated across strategies, in `converted_asset`. */
            total_allocated: string;
            /** @description Sum of rewards ever earned, in `converted_asset`. */
            total_rewarded: string;
        };
        /** @description Part of an allocation with its own timing. */
        EarnAllocationSlice: {
            /** @description Amount in the requested `converted_asset`. */
            converted: string;
            /**
             * Format: date-time
             * @description When this slice entered its current state.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When this slice moves on to the next state.
             */
            expires: string;
            /** @description Amount in the strategy's own asset. */
            native: string;
        };
        /** @description Funds in one transitional state (bonding, exit queue, unbonding). */
        EarnAllocationState: {
            /** @description How many slices are in this state. */
            allocation_count?: number;
            /** @description The slices and when each moves on. */
            allocations?: components["schemas"]["EarnAllocationSlice"][];
            /** @description Amount in the requested `converted_asset`. */
            converted: string;
            /** @description Amount in the strategy's own asset. */
            native: string;
        };
        EarnAmount: {
            /** @description The same amount in the requested `converted_asset`. */
            converted: string;
            /** @description Amount in the strategy's own asset. */
            native: string;
        };
        EarnOperationStatus: {
            /** @description True while the last (de)allocation on this strategy is still being processed. */
            pending: boolean;
        };
        /** @description An Earn strategy. */
        EarnStrategy: {
            /** @description Fee for allocating, usually a decimal string. */
            allocation_fee?: string | number;
            /** @description Why allocation is not possible, e.g. `tier` (verification tier too low). */
            allocation_restriction_info?: string[];
            /** @description Yield range estimated from past rewards; may be missing. */
            apr_estimate?: {
                /** @description Upper yearly yield estimate, percent. */
                high: string;
                /** @description Lower yearly yield estimate, percent. */
                low: string;
            } | null;
            /** @description Asset that the strategy takes. */
            asset: string;
            /** @description Whether rewards are re-allocated automatically. */
            auto_compound?: {
                /** @enum {string} */
                type: "enabled";
            } | {
                /** @enum {string} */
                type: "disabled";
            } | {
                /** @description The choice when the user made none. */
                default?: boolean;
                /** @enum {string} */
                type: "optional";
            };
            /** @description Whether the user can allocate now. */
            can_allocate: boolean;
            /** @description Whether the user can deallocate now. */
            can_deallocate: boolean;
            /** @description Fee for deallocating, usually a decimal string. */
            deallocation_fee?: string | number;
            /** @description Strategy id, used as `strategy_id` elsewhere. */
            id: string;
            /** @description How funds are locked: `flex` (Kraken Rewards on spot balances; no manual allocation), `bonded` (bonding and unbonding periods apply), `instant` (no unbonding; called flexible in Kraken's UI), `timed`. */
            lock_type: {
                /** @enum {string} */
                type: "flex";
            } | {
                /** @description Bonding period in seconds. */
                bonding_period?: number;
                /** @description True when the bonding period varies. */
                bonding_period_variable?: boolean;
                /** @description True when funds earn while bonding. */
                bonding_rewards?: boolean;
                /** @description Seconds in the exit queue before unbonding starts; 0 means no exit queue. */
                exit_queue_period?: number;
                /** @description Seconds between reward payouts. */
                payout_frequency?: number;
                /** @enum {string} */
                type: "bonded";
                /** @description Unbonding period in seconds. */
                unbonding_period?: number;
                /** @description True when the unbonding period varies. */
                unbonding_period_variable?: boolean;
                /** @description True when funds earn while unbonding. */
                unbonding_rewards?: boolean;
            } | {
                /** @description Seconds between reward payouts. */
                payout_frequency?: number;
                /** @enum {string} */
                type: "instant";
            } | {
                /** @enum {string} */
                type: "timed";
            } | {
                /** @description A lock type Kraken may add later. */
                type: string;
            };
            /** @description Most a user may allocate; null or absent means no cap, `0` blocks new allocations. */
            user_cap?: string | null;
            /** @description Smallest allocation or deallocation; null or absent means no minimum. */
            user_min_allocation?: string | null;
            /** @description Where the yield comes from. */
            yield_source?: {
                /** @enum {string} */
                type: "staking";
            } | {
                /** @enum {string} */
                type: "off_chain";
            } | {
                /** @description Another source Kraken may add (e.g. opt-in rewards). */
                type: string;
            };
        };
        EarnStrategyList: {
            /** @description Strategies available in the caller's region. */
            items: components["schemas"]["EarnStrategy"][];
            /** @description Cursor of the next page; null at the end (Kraken returns everything in one page today). */
            next_cursor?: string | null;
        };
        /** @description Outcome of an edit (cancel and replace). */
        EditOrderResult: {
            descr?: components["schemas"]["OrderEntryDescr"];
            /** @description Reason when `status` is `err`. */
            error_message?: string;
            /** @description userref of the replacement order, when given. */
            newuserref?: string | number;
            /** @description userref of the replaced order, when it had one. */
            olduserref?: string | number;
            /** @description How many orders were cancelled (0 or 1). */
            orders_cancelled?: number;
            /** @description Id of the order that was replaced. */
            originaltxid?: string;
            /** @description Price of the replacement order. */
            price?: string;
            /** @description Secondary price of the replacement order. */
            price2?: string;
            /** @description `ok` when the edit succeeded, `err` otherwise. */
            status?: string;
            /** @description Id of the replacement order. */
            txid?: string;
            /** @description Volume of the replacement order. */
            volume?: string;
        };
        /** @description Kraken's envelope when a call fails: `error` lists `EClass:Detail` strings and `result` is usually absent. Successful responses add `result` (each operation describes its own). */
        ErrorEnvelope: {
            error: components["schemas"]["ErrorList"];
            /** @description Rarely present alongside errors. */
            result?: unknown;
        };
        /** @description Kraken's error and warning strings, each 'EClass:Detail' (errors) or 'WClass:Detail' (warnings). Empty on success. */
        ErrorList: string[];
        /** @description Status of one export report. */
        ExportReport: {
            /**
             * @deprecated
             * @description Deprecated asset class.
             */
            aclass?: string;
            /** @description Assets included, e.g. `all`. */
            asset?: string;
            /** @description Processing end, Unix seconds as text. */
            completedtm?: string;
            /** @description Creation time, Unix seconds as text. */
            createdtm?: string;
            /** @description End of the exported period, Unix seconds as text. */
            dataendtm?: string;
            /** @description Start of the exported period, Unix seconds as text. */
            datastarttm?: string;
            /** @description Description given at creation. */
            descr?: string;
            /**
             * @deprecated
             * @description Deprecated expiry time.
             */
            expiretm?: string;
            /** @description Fields included. */
            fields?: string;
            /**
             * @deprecated
             * @description Deprecated.
             */
            flags?: string;
            /** @description `CSV` or `TSV`. */
            format?: string;
            /** @description Report id. */
            id: string;
            /** @description `trades` or `ledgers`. */
            report?: string;
            /** @description Processing start, Unix seconds as text. */
            starttm?: string;
            /**
             * @description Processing state.
             * @enum {string}
             */
            status: "Queued" | "Processing" | "Processed";
            /** @description Report subtype, e.g. `all`. */
            subtype?: string;
        };
        /** @description Balance of one asset with credit and holds. Available for trading = balance + credit - credit_used - hold_trade. */
        ExtendedBalance: {
            /** @description Total balance. Kraken sends a decimal string; numbers are tolerated because Kraken's own example shows them. */
            balance: string | number;
            /** @description Credit granted (accounts with a credit line only). */
            credit?: string | number;
            /** @description Credit in use (accounts with a credit line only). */
            credit_used?: string | number;
            /** @description Amount held by open spot (non-margin) orders. */
            hold_trade?: string | number;
        };
        /** @description One step of a fee schedule: `[30-day volume threshold, fee percent]`. */
        FeeTier: [
            number,
            number
        ];
        /** @description Fee tier of one pair. Kraken has used both snake_case (`min_fee`) and run-together (`minfee`) spellings; accept either. */
        FeeTierInfo: {
            /** @description Current fee in percent. */
            fee: components["schemas"]["DecimalString"];
            /** @description Highest fee of the schedule, percent. */
            max_fee?: components["schemas"]["DecimalString"];
            /** @description Older spelling of `max_fee`. */
            maxfee?: components["schemas"]["DecimalString"];
            /** @description Lowest fee of the schedule, percent. */
            min_fee?: components["schemas"]["DecimalString"];
            /** @description Older spelling of `min_fee` still seen in examples. */
            minfee?: components["schemas"]["DecimalString"];
            /** @description Fee of the next tier, or null at the top tier. */
            next_fee?: string | null;
            /** @description Volume threshold of the next tier, or null. */
            next_volume?: string | null;
            /** @description Older spelling of `next_fee`. */
            nextfee?: string | null;
            /** @description Older spelling of `next_volume`. */
            nextvolume?: string | null;
            /** @description Volume threshold of the current tier, or null. */
            tier_volume?: string | null;
            /** @description Older spelling of `tier_volume`. */
            tiervolume?: string | null;
        };
        FundingReference: {
            /** @description Kraken reference id of the new transfer. */
            refid: string;
        };
        /** @description Fields common to deposits and withdrawals of the legacy funding endpoints. */
        FundingTransfer: {
            /** @description Asset class, e.g. `currency`. */
            aclass?: string;
            /** @description Amount transferred. */
            amount?: string;
            /** @description Asset id, e.g. `XXBT`. */
            asset?: string;
            /** @description Fee paid, as a decimal string. */
            fee?: string | number;
            /** @description Method-specific detail, usually the address involved. */
            info?: string;
            /** @description Funding method used. */
            method?: string;
            /** @description Kraken reference id of the transfer. */
            refid?: string;
            /**
             * @description State of the transfer, after the IFEX transaction states: `Initial`, `Pending`, `Settled`, `Success`, `Failure`.
             * @example Initial
             * @example Pending
             * @example Settled
             * @example Success
             * @example Failure
             */
            status?: string;
            /** @description Unix time (seconds) when the request was made. */
            time?: number;
            /** @description Transaction id on the method's network (blockchain hash, bank reference). */
            txid?: string;
        };
        /** @description Order book with several ticks folded into each level. */
        GroupedBook: {
            /** @description Aggregated asks, best first. */
            asks: components["schemas"]["GroupedBookLevel"][];
            /** @description Aggregated bids, best first. */
            bids: components["schemas"]["GroupedBookLevel"][];
            /** @description Ticks per level that were applied. */
            grouping?: number;
            /** @description The pair, as named in the request. */
            pair?: string;
        };
        /** @description One aggregated level of a grouped book. */
        GroupedBookLevel: {
            /** @description Grouped price level. */
            price: components["schemas"]["DecimalString"];
            /** @description Quantity accumulated at this grouped level. */
            qty: components["schemas"]["DecimalString"];
        };
        /** @description Regulatory identification of a pair, shared by the transparency endpoints. */
        InstrumentIdentification: {
            /** @description Code of the base asset. */
            base_asset?: string;
            /** @description Digital Token Identifier (ISO 24165) of the base asset, when it has one. */
            base_dti_code?: string;
            /** @description Short name registered with the base asset's DTI. */
            base_dti_short_name?: string;
            /** @description How quantities are expressed (e.g. `UNIT`; one docs version says `NOML`). */
            base_notation?: string;
            /** @description Long name of the pair, e.g. `Bitcoin / US Dollars`. */
            description?: string;
            /** @description Code of the quote (price) currency. */
            quote_asset?: string;
            /** @description Digital Token Identifier of the quote asset, when it has one. */
            quote_dti_code?: string;
            /** @description Short name registered with the quote asset's DTI. */
            quote_dti_short_name?: string;
            /** @description How prices are expressed (`MONE`, monetary value). */
            quote_notation?: string;
            /** @description Pair symbol, e.g. `BTC/USD`. */
            symbol?: string;
        };
        /** @description One ledger entry: a movement of one asset. */
        LedgerEntry: {
            /** @description Asset class. */
            aclass?: string;
            /** @description Signed amount of the movement. */
            amount: components["schemas"]["DecimalString"];
            /** @description Asset id. */
            asset: string;
            /** @description Resulting balance. */
            balance: components["schemas"]["DecimalString"];
            /** @description Fee charged. */
            fee: components["schemas"]["DecimalString"];
            /** @description Id of the trade, deposit, withdrawal etc. behind this entry. */
            refid: string;
            /** @description Finer classification, often empty. */
            subtype?: string;
            /** @description Time, Unix seconds with fraction. */
            time: number;
            /** @description Entry type: `none`, `trade`, `deposit`, `withdrawal`, `transfer`, `margin`, `adjustment`, `rollover`, `spend`, `receive`, `settled`, `credit`, `staking`, `reward`, `dividend`, `sale`, `conversion`, `nfttrade`, `nftcreatorfee`, `nftrebate`, `custodytransfer`; Kraken adds new ones. */
            type: string;
            /** @description Wallet the entry belongs to (seen in exports and newer responses). */
            wallet?: string;
        };
        /** @description Order-by-order snapshot of one pair. */
        Level3Book: {
            /** @description Resting sell orders, best price first, then time priority. */
            asks: components["schemas"]["Level3Order"][];
            /** @description Resting buy orders, best price first, then time priority. */
            bids: components["schemas"]["Level3Order"][];
            /** @description The pair, as named in the request. */
            pair?: string;
        };
        /** @description One resting order in the level 3 book. */
        Level3Order: {
            /** @description Kraken order id. */
            order_id: string;
            /** @description Limit price of the order. */
            price: components["schemas"]["DecimalString"];
            /** @description Visible remaining quantity of the order. */
            qty: components["schemas"]["DecimalString"];
            /** @description When the order entered the book, nanoseconds since the epoch. Exceeds 2^53: decode losslessly if the exact value matters. */
            timestamp: number;
        };
        /**
         * Format: int64
         * @description Strictly increasing unsigned 64-bit integer per API key (usually a millisecond or microsecond timestamp). Part of the signed body.
         */
        Nonce: number;
        /** @description One candle: `[time, open, high, low, close, vwap, volume, count]`; time is the candle's start in Unix seconds. */
        OhlcCandle: [
            number,
            components["schemas"]["DecimalString"],
            components["schemas"]["DecimalString"],
            components["schemas"]["DecimalString"],
            components["schemas"]["DecimalString"],
            components["schemas"]["DecimalString"],
            components["schemas"]["DecimalString"],
            number
        ];
        /** @description One entry of an order's amend history. */
        OrderAmend: {
            /** @description Id of this amend event. */
            amend_id: string;
            /**
             * @description `original` order as placed, `user` amend by the client, `restated` amend by the engine.
             * @enum {string}
             */
            amend_type: "original" | "user" | "restated";
            /** @description Visible quantity (iceberg orders). */
            display_qty?: components["schemas"]["DecimalString"];
            /** @description Limit price after this event. */
            limit_price?: components["schemas"]["DecimalString"];
            /** @description Order quantity after this event. */
            order_qty?: components["schemas"]["DecimalString"];
            /** @description Whether the order is post-only. */
            post_only?: boolean;
            /** @description Why the engine restated the order, when it did. */
            reason?: string;
            /** @description Quantity still open after this event. */
            remaining_qty?: components["schemas"]["DecimalString"];
            /** @description When the event happened, nanoseconds since the epoch. */
            timestamp?: number;
            /** @description Trigger price after this event. */
            trigger_price?: components["schemas"]["DecimalString"];
        };
        /** @description Level 2 book of one pair. */
        OrderBook: {
            /** @description Ask levels, best (lowest) first. */
            asks: components["schemas"]["BookLevel"][];
            /** @description Bid levels, best (highest) first. */
            bids: components["schemas"]["BookLevel"][];
        };
        /** @description Human-oriented description of an order, as Kraken echoes it. */
        OrderDescription: {
            /** @description Summary of the conditional close order, empty when none. */
            close?: string;
            /** @description Leverage: `none` for spot orders, e.g. `5:1` for margin orders. */
            leverage?: string;
            /** @description Human-readable summary of the order. */
            order?: string;
            /**
             * @description Order type.
             * @enum {string}
             */
            ordertype?: "market" | "limit" | "iceberg" | "stop-loss" | "take-profit" | "stop-loss-limit" | "take-profit-limit" | "trailing-stop" | "trailing-stop-limit" | "settle-position";
            /** @description Pair (altname). */
            pair?: string;
            /** @description Primary price (limit price, or trigger price for triggered orders). */
            price?: string;
            /** @description Secondary price (the limit price of stop-loss-limit/take-profit-limit orders). */
            price2?: string;
            /**
             * @description Side.
             * @enum {string}
             */
            type?: "buy" | "sell";
        };
        /** @description Human-readable summary that Kraken prints for an accepted order. */
        OrderEntryDescr: {
            /** @description The conditional close order in words, when one was attached. */
            close?: string;
            /** @description The order in words, e.g. `buy 1.25000000 XBTUSD @ limit 27500.0`. */
            order?: string;
        };
        /**
         * @description How the order executes. `market` and `limit` are plain orders; `iceberg` is a limit order showing only `displayvol`; the stop/take-profit families wait for `trigger` to cross `price`; `*-limit` variants then place a limit at `price2`; trailing variants follow the market by an offset; `settle-position` closes a margin position.
         * @enum {string}
         */
        OrderEntryType: "market" | "limit" | "iceberg" | "stop-loss" | "take-profit" | "stop-loss-limit" | "take-profit-limit" | "trailing-stop" | "trailing-stop-limit" | "settle-position";
        /**
         * @description Comma-separated order flags: `post` (post-only, limit orders only), `fcib` (take the fee in base currency; default for sells), `fciq` (fee in quote currency; default for buys; excludes `fcib`), `nompp` (turn off market price protection for market orders), `viqc` (volume is in quote currency; buy market orders only, not with leverage).
         * @example post
         * @example fciq,post
         */
        OrderFlags: string;
        /** @description An order as Kraken reports it (open orders; closed orders add `closetm` and `reason`). */
        OrderInfo: {
            /** @description Whether the order was amended (order guide). */
            amended?: boolean;
            /** @description Client order id given at placement, or null. */
            cl_ord_id?: string | null;
            /** @description Total cost so far, in quote currency. */
            cost?: components["schemas"]["DecimalString"];
            descr: components["schemas"]["OrderDescription"];
            /** @description Expiry time, or 0. */
            expiretm?: number;
            /** @description Total fee so far. */
            fee?: components["schemas"]["DecimalString"];
            /** @description Limit price after a limit-type order triggered. */
            limitprice?: components["schemas"]["DecimalString"];
            /** @description Whether the order is funded on margin. */
            margin?: boolean;
            /** @description Comma-separated flags: `stopped`, `touched`, `liquidated`, `partial`, `amended`. */
            misc?: string;
            /** @description Comma-separated order flags: `post`, `fcib`, `fciq`, `nompp`, `viqc`. */
            oflags?: string;
            /** @description When the order was placed, Unix seconds with fraction. */
            opentm: number;
            /** @description Average fill price. */
            price?: components["schemas"]["DecimalString"];
            /** @description Id of the order that created this one (e.g. a conditional close), or null. */
            refid?: string | null;
            /** @description Institutional accounts: sub-account/trader id used for self-trade prevention. */
            sender_sub_id?: string | null;
            /** @description Scheduled start time, or 0. */
            starttm?: number;
            /**
             * @description Order state.
             * @enum {string}
             */
            status: "pending" | "open" | "closed" | "canceled" | "expired";
            /** @description Stop price. */
            stopprice?: components["schemas"]["DecimalString"];
            /** @description Trade ids of fills, when `trades=true` was requested. */
            trades?: string[];
            /**
             * @description Price signal for triggered orders; absent means `last`.
             * @default last
             * @enum {string}
             */
            trigger: "last" | "index";
            /** @description Client tag given at placement (non-unique), or null. */
            userref?: number | null;
            /** @description Order volume in base currency (quote currency with `viqc`). */
            vol: components["schemas"]["DecimalString"];
            /** @description Volume executed so far. */
            vol_exec: components["schemas"]["DecimalString"];
        };
        /**
         * @description Direction of the order.
         * @enum {string}
         */
        OrderSide: "buy" | "sell";
        /** @description Two-factor password or one-time code, required only when the key has 2FA enabled. */
        Otp: string;
        /** @description One open margin position. */
        PositionInfo: {
            /** @description Opening cost, in quote currency. */
            cost?: components["schemas"]["DecimalString"];
            /** @description Opening fee. */
            fee?: components["schemas"]["DecimalString"];
            /** @description Initial margin. */
            margin?: components["schemas"]["DecimalString"];
            /** @description Comma-separated flags. */
            misc?: string;
            /** @description Unrealized profit/loss of the open part, signed like `+12.3` (with `docalcs=true`). */
            net?: string;
            /** @description Comma-separated order flags of the opening order. */
            oflags?: string;
            /** @description Id of the order that opened the position. */
            ordertxid: string;
            /** @description Type of the opening order. */
            ordertype?: string;
            /** @description Pair id. */
            pair: string;
            /** @description Position state, `open`. */
            posstatus?: string;
            /** @description Next rollover time, Unix seconds as text. */
            rollovertm?: string;
            /** @description Funding terms in words, e.g. `0.0100% per 4 hours`. */
            terms?: string;
            /** @description Opening time, Unix seconds with fraction. */
            time?: number;
            /** @description Side: `buy` (long) or `sell` (short). */
            type: string;
            /** @description Current value of the open part (with `docalcs=true`). */
            value?: string;
            /** @description Position volume. */
            vol: components["schemas"]["DecimalString"];
            /** @description Volume closed so far. */
            vol_closed?: components["schemas"]["DecimalString"];
        };
        /** @description A batch of post-trade transparency records. */
        PostTradeList: {
            /** @description Number of trades returned. */
            count?: number;
            /**
             * Format: date-time
             * @description Time of the newest trade in the list; pass it as `from_ts` to fetch the next batch.
             */
            last_ts?: string;
            /** @description Trades in ascending time order. */
            trades: components["schemas"]["PostTradeRecord"][];
        };
        /** @description One executed trade as published for post-trade transparency. */
        PostTradeRecord: components["schemas"]["InstrumentIdentification"] & {
            /** @description Trade price without fees. */
            price: components["schemas"]["DecimalString"];
            /**
             * Format: date-time
             * @description When the trade was published to market data (ISO 8601).
             */
            publication_ts?: string;
            /** @description MIC of the venue that published the trade. */
            publication_venue?: string;
            /** @description Executed quantity (not consolidated). */
            quantity: components["schemas"]["DecimalString"];
            /** @description Kraken's trade identifier. */
            trade_id: string;
            /**
             * Format: date-time
             * @description When the engine matched the trade (ISO 8601).
             */
            trade_ts?: string;
            /** @description MIC of the venue where the trade was executed. */
            trade_venue?: string;
        };
        /** @description Pre-trade transparency view: the top 10 aggregated levels of one pair, with regulatory identifiers. */
        PreTradeBook: components["schemas"]["InstrumentIdentification"] & {
            /** @description Ask levels, best first (at most 10). */
            asks: components["schemas"]["TransparencyLevel"][];
            /** @description Bid levels, best first (at most 10). */
            bids: components["schemas"]["TransparencyLevel"][];
            /** @description Trading system type, `CLOB`. */
            system?: string;
            /** @description Market Identifier Code (ISO 10383) of the venue, e.g. `PGSL`. */
            venue?: string;
        };
        /**
         * @description A price as a decimal string. May be relative to the last traded price: prefix `+` (above), `-` (below) or `#` (direction chosen by Kraken from side and order type), and optional `%` suffix to make the offset a percentage. Trailing orders require the relative form.
         * @example 27500.5
         * @example +150
         * @example -2.5%
         * @example #1%
         */
        PriceExpression: string;
        /** @description One trade: `[price, volume, time, side, order type, misc, trade id]`. */
        PublicTrade: [
            components["schemas"]["DecimalString"],
            components["schemas"]["DecimalString"],
            number,
            "b" | "s",
            "m" | "l",
            string,
            number
        ];
        /**
         * @description How xStocks amounts are shown: `rebased` in units of the underlying equity, `base` in units of the SPV token.
         * @default rebased
         * @enum {string}
         */
        RebaseMultiplier: "rebased" | "base";
        /** @description `0` (now / never), an absolute Unix timestamp in seconds, or `+<n>` seconds from now. In form bodies the `+` must travel as `%2B` (URLSearchParams does this). */
        ScheduleTime: string;
        /**
         * @description What the engine does when this order would match another order of the same account: `cancel-newest` drops the incoming order, `cancel-oldest` drops the resting one, `cancel-both` drops both.
         * @default cancel-newest
         * @enum {string}
         */
        SelfTradePrevention: "cancel-newest" | "cancel-oldest" | "cancel-both";
        /** @description One top-of-book snapshot: `[time, bid, ask]`. */
        SpreadEntry: [
            number,
            components["schemas"]["DecimalString"],
            components["schemas"]["DecimalString"]
        ];
        /** @description Ticker of one pair. */
        TickerInfo: {
            /** @description Best ask: `[price, whole-lot volume, lot volume]`. */
            a: [
                components["schemas"]["DecimalString"],
                components["schemas"]["DecimalString"],
                components["schemas"]["DecimalString"]
            ];
            /** @description Best bid: `[price, whole-lot volume, lot volume]`. */
            b: [
                components["schemas"]["DecimalString"],
                components["schemas"]["DecimalString"],
                components["schemas"]["DecimalString"]
            ];
            /** @description Last trade: `[price, lot volume]`. */
            c: [
                components["schemas"]["DecimalString"],
                components["schemas"]["DecimalString"]
            ];
            /** @description High: `[today, last 24 hours]`. */
            h: [
                components["schemas"]["DecimalString"],
                components["schemas"]["DecimalString"]
            ];
            /** @description Low: `[today, last 24 hours]`. */
            l: [
                components["schemas"]["DecimalString"],
                components["schemas"]["DecimalString"]
            ];
            /** @description Opening price of today (00:00 UTC). */
            o: components["schemas"]["DecimalString"];
            /** @description Volume-weighted average price: `[today, last 24 hours]`. */
            p: [
                components["schemas"]["DecimalString"],
                components["schemas"]["DecimalString"]
            ];
            /** @description Number of trades: `[today, last 24 hours]`. */
            t: [
                number,
                number
            ];
            /** @description Volume: `[today, last 24 hours]`; today starts 00:00 UTC. */
            v: [
                components["schemas"]["DecimalString"],
                components["schemas"]["DecimalString"]
            ];
        };
        /**
         * @description `GTC` rests until cancelled; `IOC` fills what it can at once and cancels the rest; `GTD` rests until `expiretm` (which it then requires); `FOK` fills completely at once or not at all (Kraken's changelog, 12 May 2026).
         * @default GTC
         * @enum {string}
         */
        TimeInForce: "GTC" | "IOC" | "GTD" | "FOK";
        /** @description Margin and equity summary, valued in the requested asset. */
        TradeBalance: {
            /** @description Cost basis of open positions. */
            c?: components["schemas"]["DecimalString"];
            /** @description Equity: trade balance + unrealized profit/loss. */
            e?: string;
            /** @description Equivalent balance: all currencies combined, in the requested asset. */
            eb: components["schemas"]["DecimalString"];
            /** @description Margin used by open positions. */
            m?: components["schemas"]["DecimalString"];
            /** @description Free margin: equity - initial margin. */
            mf?: string;
            /** @description Margin level in percent: equity / initial margin x 100. Absent without positions. */
            ml?: string;
            /** @description Unrealized net profit/loss of open positions (may carry a sign). */
            n?: string;
            /** @description Trade balance: combined balance of the equity currencies. */
            tb: components["schemas"]["DecimalString"];
            /** @description Unexecuted value of open and partly filled orders. */
            uv?: components["schemas"]["DecimalString"];
            /** @description Current floating valuation of open positions. */
            v?: components["schemas"]["DecimalString"];
        };
        /** @description One fill (trade) of the account. */
        TradeInfo: {
            /** @description Asset class of the pair. */
            aclass?: string;
            /** @description Cost of the closed part. */
            ccost?: string | number;
            /** @description Fee of the closed part. */
            cfee?: string | number;
            /** @description Margin freed by the closed part. */
            cmargin?: string | number;
            /** @description Total cost, in quote currency. */
            cost: components["schemas"]["DecimalString"];
            /** @description Average price of the closed part of the position. */
            cprice?: string | number;
            /** @description Volume of the closed part. */
            cvol?: string | number;
            /** @description Fee, in quote currency. */
            fee: components["schemas"]["DecimalString"];
            /** @description Ledger ids of this trade, when `ledgers=true` was requested. */
            ledgers?: string[];
            /** @description Leverage used. */
            leverage?: string;
            /** @description True when this side provided liquidity. */
            maker?: boolean;
            /** @description Initial margin, in quote currency. */
            margin?: components["schemas"]["DecimalString"];
            /** @description Comma-separated flags, e.g. `closing`. */
            misc?: string;
            /** @description Net profit/loss of the closed part. */
            net?: string | number;
            /** @description Id of the order that produced the fill. */
            ordertxid: string;
            /** @description Order type of the filled order. */
            ordertype: string;
            /** @description Pair id. */
            pair: string;
            /** @description When the trade opened a position: `open`, `closed`. */
            posstatus?: string;
            /** @description Id of the position the trade belongs to. */
            postxid?: string;
            /** @description Fill price. */
            price: components["schemas"]["DecimalString"];
            /** @description Fill time, Unix seconds with fraction. */
            time: number;
            /** @description Public trade id (matches the public Trades feed). */
            trade_id?: number;
            /** @description Order type as recorded by the matching engine. */
            tradeordertype?: string;
            /** @description Trades that closed this position. */
            trades?: string[];
            /** @description Side: `buy` or `sell`. */
            type: string;
            /** @description Volume, in base currency. */
            vol: components["schemas"]["DecimalString"];
        };
        /** @description 30-day volume and fee tiers. */
        TradeVolume: {
            /** @description Currency of `volume` (e.g. `ZUSD`). */
            currency: string;
            /** @description Pair to taker fee tier (only for requested pairs). */
            fees?: {
                [key: string]: components["schemas"]["FeeTierInfo"];
            };
            /** @description Pair to maker fee tier (maker/taker pairs only). */
            fees_maker?: {
                [key: string]: components["schemas"]["FeeTierInfo"];
            };
            /** @description With `fee_schedule=true`: the full fee schedule of each requested pair, keyed like `fees` (16 June 2026). Kraken does not document its shape in detail; the simulator answers `{ fees, fees_maker }`, each a list of `[volume, percent fee]` tiers as in AssetPairs. */
            schedules?: {
                [key: string]: unknown;
            };
            /** @description 30-day trading volume. */
            volume: components["schemas"]["DecimalString"];
        };
        /** @description One pair of a TradeVolume request in object form (16 June 2026). */
        TradeVolumePair: {
            /**
             * @description Its asset class (`forex`, `equity_pair`, `derivatives`, ...; Kraken may add classes).
             * @example forex
             * @example equity_pair
             * @example derivatives
             */
            aclass: string;
            /**
             * @description The pair or contract (`TSLAx/USD`, `PF_XBTUSD`).
             * @example TSLAx/USD
             * @example PF_XBTUSD
             */
            asset: string;
        };
        /** @description One level of the pre-trade transparency book. */
        TransparencyLevel: {
            /** @description Number of orders resting at the level. */
            count?: number;
            /** @description Price of the level in the central limit order book. */
            price: components["schemas"]["DecimalString"];
            /**
             * Format: date-time
             * @description When the level was last published (ISO 8601).
             */
            publication_ts?: string;
            /** @description Quantity aggregated at the level. */
            qty: components["schemas"]["DecimalString"];
            /**
             * @description `BUY` for bid levels, `SELL` for ask levels.
             * @enum {string}
             */
            side?: "BUY" | "SELL";
            /**
             * Format: date-time
             * @description When the level was last changed (ISO 8601). Seen in live data; not in every docs version.
             */
            submission_ts?: string;
        };
        /**
         * @description Price feed compared against the trigger price of stop, take-profit and trailing orders (and of their conditional close). `last` is the last trade on Kraken; `index` is the external index price, with the last trade used as fallback while the index feed is unavailable.
         * @default last
         * @enum {string}
         */
        TriggerSignal: "index" | "last";
        /** @description One wallet account of the user. */
        WalletAccount: {
            /** @description Public wallet id, e.g. `WX6V-JUKW-KKPB-QE36` (spaces instead of dashes have been seen). */
            account_id: string;
            /** @description Wallet flags. */
            flags?: {
                /** @description Whether the wallet is active. */
                active?: boolean;
                /** @description Whether the user created this wallet. */
                user_defined?: boolean;
            } & {
                [key: string]: boolean;
            };
            /** @description Name of the wallet, or null for the default wallet. */
            name?: string | null;
            /** @description Wallet state, e.g. `active`. */
            status?: string;
            /** @description Wallet type, e.g. `main`. */
            type?: string;
        };
        /** @description Wallet accounts of the user. */
        WalletAccountList: {
            /** @description Wallet accounts. */
            accounts: components["schemas"]["WalletAccount"][];
            /** @description Paging cursor (paging parameters are not documented). */
            cursor?: {
                /** @description Cursor for the next page, null on the last page. */
                next?: string | null;
            };
        };
        WebSocketsToken: {
            /** @description Seconds until the token expires unless a private WebSocket subscription keeps it alive (900). */
            expires: number;
            /** @description Token for the authenticated WebSocket API. Secret: never log it. */
            token: string;
        };
        /** @description One withdrawal. */
        Withdrawal: components["schemas"]["FundingTransfer"] & {
            /** @description Name of the saved withdrawal key used. */
            key?: string;
            /** @description Network the withdrawal was sent on. */
            network?: string;
            /**
             * @description Extra state: a cancel was requested (`cancel-pending`), done (`canceled`) or refused (`cancel-denied`); `return` (returned by Kraken, cannot be cancelled); `onhold` (held for review).
             * @example cancel-pending
             * @example canceled
             * @example cancel-denied
             * @example return
             * @example onhold
             */
            "status-prop"?: string;
        };
        WithdrawalAddress: {
            /** @description The saved address. */
            address: string;
            /** @description Asset id. */
            asset?: string;
            /** @description Name under which the address is saved; pass it as `key` to Withdraw. */
            key: string;
            /** @description Memo saved with the address, where the chain needs one. */
            memo?: string;
            /** @description Withdrawal method of the address. */
            method?: string;
            /** @description Destination tag or memo saved with the address, where the chain needs one. */
            tag?: string;
            /** @description True once the address was confirmed by e-mail. */
            verified?: boolean;
        };
        WithdrawalMethod: {
            /** @description Asset id. */
            asset: string;
            /** @description Name of the withdrawal method. */
            method: string;
            /** @description Smallest net amount that can be withdrawn now. */
            minimum?: string;
            /** @description Network or blockchain the method sends on. */
            network?: string;
        };
        WithdrawalQuote: {
            /** @description Net amount that would arrive, after fees. */
            amount: string;
            /** @description Fee that would be charged. */
            fee: string;
            /** @description Largest net amount that can be withdrawn now. */
            limit: string;
            /** @description Withdrawal method that would be used. */
            method: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    accountTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Amount to move. */
                    amount: components["schemas"]["DecimalString"];
                    /** @description Asset to move. */
                    asset: string;
                    /**
                     * @description Asset class of the asset: `currency` for crypto and fiat, `tokenized_asset` for xStocks.
                     * @default currency
                     * @enum {string}
                     */
                    asset_class?: "currency" | "tokenized_asset";
                    /** @description IIBAN of the source account. */
                    from: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description IIBAN of the destination account. */
                    to: string;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["AccountTransferResult"];
                    };
                };
            };
        };
    };
    addExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Name of the report. */
                    description: string;
                    /** @description End of the period, Unix seconds (default: now). */
                    endtm?: number;
                    /**
                     * @description Comma-separated fields. Trades: `ordertxid, time, ordertype, price, cost, fee, vol, margin, misc, ledgers`; ledgers: `refid, time, type, subtype, aclass, asset, amount, fee, balance, wallet`.
                     * @default all
                     */
                    fields?: string;
                    /**
                     * @description File format.
                     * @default CSV
                     * @enum {string}
                     */
                    format?: "CSV" | "TSV";
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /**
                     * @description What to export.
                     * @enum {string}
                     */
                    report: "trades" | "ledgers";
                    /** @description Start of the period, Unix seconds (default: the 1st of the current month). */
                    starttm?: number;
                };
            };
        };
        responses: {
            /** @description Id of the queued report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Queued report. */
                        result?: {
                            /** @description Report id. */
                            id: string;
                        };
                    };
                };
            };
        };
    };
    addOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Set to `tokenized_asset` for xStocks pairs; omit for crypto pairs.
                     * @enum {string}
                     */
                    asset_class?: "tokenized_asset";
                    /** @description Partner identifier for qualified members of Kraken's API Partner Program (Kraken's changelog, 7 May 2026). */
                    broker?: string;
                    cl_ord_id?: components["schemas"]["ClientOrderId"];
                    close?: components["schemas"]["ConditionalClose"];
                    /**
                     * Format: date-time
                     * @description RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s.
                     */
                    deadline?: string;
                    /** @description Iceberg orders only: quantity visible in the book, at least 1/15 of `volume`. */
                    displayvol?: components["schemas"]["DecimalString"];
                    /** @description Expiry (needed for GTD, at most one month ahead): `0` none (default), a Unix timestamp, or `+<n>` seconds from now (at least 5). */
                    expiretm?: components["schemas"]["ScheduleTime"];
                    /** @description Leverage for a margin order, e.g. `5` (default: no leverage, spot order). */
                    leverage?: string;
                    nonce: components["schemas"]["Nonce"];
                    oflags?: components["schemas"]["OrderFlags"];
                    ordertype: components["schemas"]["OrderEntryType"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`). */
                    pair: string;
                    /** @description Limit price (limit, iceberg) or trigger price (stop, take-profit, trailing types). May be relative; trailing types need `+<offset>`. */
                    price?: components["schemas"]["PriceExpression"];
                    /** @description Limit price for the `*-limit` types. For trailing-stop-limit an offset from the trigger (`+0` means equal). */
                    price2?: components["schemas"]["PriceExpression"];
                    /**
                     * @description Only reduce an existing margin position; never increase it or open a new one.
                     * @default false
                     */
                    reduce_only?: boolean;
                    /** @description Scheduled start: `0` now (default), a Unix timestamp, or `+<n>` seconds from now. */
                    starttm?: components["schemas"]["ScheduleTime"];
                    stptype?: components["schemas"]["SelfTradePrevention"];
                    timeinforce?: components["schemas"]["TimeInForce"];
                    trigger?: components["schemas"]["TriggerSignal"];
                    type: components["schemas"]["OrderSide"];
                    /**
                     * Format: int32
                     * @description Your own numeric tag; not unique, so many orders may share it (cancel or query them together). Cannot be combined with `cl_ord_id`.
                     */
                    userref?: number;
                    /**
                     * @description Only validate the request; nothing reaches the matching engine and no txid is returned.
                     * @default false
                     */
                    validate?: boolean;
                    /** @description Quantity in base currency (quote currency with the `viqc` flag). `0` closes a margin position in full. */
                    volume: components["schemas"]["DecimalString"];
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["AddOrderResult"];
                    };
                };
            };
        };
    };
    addOrderBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Set to `tokenized_asset` for xStocks pairs; omit for crypto pairs.
                     * @enum {string}
                     */
                    asset_class?: "tokenized_asset";
                    /** @description Partner identifier for qualified members of Kraken's API Partner Program (Kraken's changelog, 7 May 2026). */
                    broker?: string;
                    /**
                     * Format: date-time
                     * @description RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s.
                     */
                    deadline?: string;
                    nonce: components["schemas"]["Nonce"];
                    /** @description The orders, 2 to 15, all on `pair`. */
                    orders: components["schemas"]["BatchOrderEntry"][];
                    otp?: components["schemas"]["Otp"];
                    /** @description Pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`). */
                    pair: string;
                    /**
                     * @description Only validate the request; nothing reaches the matching engine and no txid is returned.
                     * @default false
                     */
                    validate?: boolean;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["AddOrderBatchResult"];
                    };
                };
            };
        };
    };
    amendOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Client id of the order to amend. Give this or `txid`. */
                    cl_ord_id?: string;
                    /**
                     * Format: date-time
                     * @description RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s.
                     */
                    deadline?: string;
                    /** @description Iceberg only: new visible quantity, at least 1/15 of the remaining quantity. */
                    display_qty?: components["schemas"]["DecimalString"];
                    /** @description New limit price; may be relative (`+`/`-` prefix, `%` suffix). */
                    limit_price?: components["schemas"]["PriceExpression"];
                    nonce: components["schemas"]["Nonce"];
                    /** @description New total quantity in base currency. Below the filled quantity, the rest is cancelled. */
                    order_qty?: components["schemas"]["DecimalString"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Pair of the order; required for xStocks (non-crypto) pairs. */
                    pair?: string;
                    /**
                     * @description Reject a `limit_price` change that would take liquidity instead of resting in the book.
                     * @default false
                     */
                    post_only?: boolean;
                    /** @description New trigger price for triggered order types; may be relative. */
                    trigger_price?: components["schemas"]["PriceExpression"];
                    /** @description Kraken id of the order to amend. Give this or `cl_ord_id`. */
                    txid?: string;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["AmendOrderResult"];
                    };
                };
            };
        };
    };
    getAccountBalance: {
        parameters: {
            query?: {
                /** @description Public id of the wallet account to read (see `listWalletAccounts`); the default wallet when omitted. Newer than Kraken's spec snapshot. Clients send it in the URL query string, which is not covered by the signature. */
                account_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                };
            };
        };
        responses: {
            /** @description Balances keyed by asset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Asset to balance. */
                        result?: {
                            [key: string]: components["schemas"]["DecimalString"];
                        };
                    };
                };
            };
        };
    };
    getExtendedBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                };
            };
        };
        responses: {
            /** @description Extended balances keyed by asset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Asset to extended balance. */
                        result?: {
                            [key: string]: components["schemas"]["ExtendedBalance"];
                        };
                    };
                };
            };
        };
    };
    cancelAllOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["CancelOrderResult"];
                    };
                };
            };
        };
    };
    cancelAllOrdersAfter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Seconds until every order is cancelled; `0` disables the timer. */
                    timeout: number;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["DeadManSwitchResult"];
                    };
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Client order id of the order to cancel. */
                    cl_ord_id?: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description A Kraken order id (txid), or a userref (integer) which selects every open order carrying it. */
                    txid?: string | number;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["CancelOrderResult"];
                    };
                };
            };
        };
    };
    cancelOrderBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Orders to cancel by client order id. */
                    cl_ord_ids?: (string | {
                        /** @description A client order id. */
                        cl_ord_id: string;
                    })[];
                    nonce: components["schemas"]["Nonce"];
                    /** @description Orders to cancel by txid or userref. Kraken's schema shows `{txid}` objects, its examples plain strings; both are accepted here. */
                    orders?: (string | number | {
                        /** @description A Kraken order id (txid), or a userref (integer) which selects every open order carrying it. */
                        txid: string | number;
                    })[];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["CancelOrderBatchResult"];
                    };
                };
            };
        };
    };
    getClosedOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Only the order with this client order id. */
                    cl_ord_id?: string;
                    /**
                     * @description Which time `start`/`end` compare against.
                     * @default both
                     * @enum {string}
                     */
                    closetime?: "open" | "close" | "both";
                    /**
                     * @description Combine fills of one taker order into one trade.
                     * @default true
                     */
                    consolidate_taker?: boolean;
                    /** @description Upper bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
                    end?: number;
                    nonce: components["schemas"]["Nonce"];
                    /** @description Offset into the result set, for paging 50 at a time. */
                    ofs?: number;
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                    /** @description Lower bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
                    start?: number;
                    /**
                     * @description Include the ids of fills of each order.
                     * @default false
                     */
                    trades?: boolean;
                    /**
                     * Format: int32
                     * @description Only orders with this client tag.
                     */
                    userref?: number;
                    /**
                     * @description Skip counting the total (faster for large histories).
                     * @default false
                     */
                    without_count?: boolean;
                };
            };
        };
        responses: {
            /** @description Closed orders keyed by order id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description A page of closed orders. */
                        result?: {
                            /** @description Order id to order. */
                            closed: {
                                [key: string]: components["schemas"]["ClosedOrderInfo"];
                            };
                            /** @description Total number of matching orders (absent with `without_count`). */
                            count?: number;
                        };
                    };
                };
            };
        };
    };
    createSubaccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * Format: email
                     * @description E-mail address of the new subaccount.
                     */
                    email: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Username of the new subaccount. */
                    username: string;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description True when the subaccount was created. */
                        result?: boolean;
                    };
                };
            };
        };
    };
    getCreditLines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                };
            };
        };
        responses: {
            /** @description Credit lines, or null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["CreditLines"] | null;
                    };
                };
            };
        };
    };
    getDepositAddresses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Amount to deposit; only for `Bitcoin Lightning`, where the address is an invoice. */
                    amount?: string | number;
                    /** @description Asset to deposit. */
                    asset: string;
                    /** @description Deposit method name, from DepositMethods. */
                    method: string;
                    /**
                     * @description Generate a new address.
                     * @default false
                     */
                    new?: boolean;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Addresses. */
                        result?: components["schemas"]["DepositAddress"][];
                    };
                };
            };
        };
    };
    getDepositMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Asset class of the asset: `currency` for crypto and fiat, `tokenized_asset` for xStocks.
                     * @default currency
                     * @enum {string}
                     */
                    aclass?: "currency" | "tokenized_asset";
                    /** @description Asset to deposit, e.g. `XBT`. */
                    asset: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Available methods. */
                        result?: components["schemas"]["DepositMethod"][];
                    };
                };
            };
        };
    };
    getStatusRecentDeposits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks.
                     * @default currency
                     * @enum {string}
                     */
                    aclass?: "currency" | "tokenized_asset";
                    /** @description Only this asset. */
                    asset?: string;
                    /**
                     * @description Paging switch or cursor. With paging on, at most `limit` entries (default 25) come back per call, newest first, together with `next_cursor`.
                     * @default false
                     */
                    cursor?: boolean | string;
                    /** @description Only deposits made at or before this Unix time (seconds, as a string). */
                    end?: string;
                    /**
                     * @description Page size when paging.
                     * @default 25
                     */
                    limit?: number;
                    /** @description Only this deposit method. */
                    method?: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Only deposits made at or after this Unix time (seconds, as a string). */
                    start?: string;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["Deposit"][] | {
                            /** @description Deposits, newest first. */
                            deposit?: components["schemas"]["Deposit"][];
                            /** @description Cursor for the next page; absent or empty at the end. */
                            next_cursor?: string | null;
                        };
                    };
                };
            };
        };
    };
    allocateStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Amount in the strategy's asset. */
                    amount: components["schemas"]["DecimalString"];
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Strategy id from Earn/Strategies. */
                    strategy_id: string;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description True when the request was accepted; null on error. */
                        result?: boolean | null;
                    };
                };
            };
        };
    };
    getAllocateStrategyStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Strategy id from Earn/Strategies. */
                    strategy_id: string;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["EarnOperationStatus"] | null;
                    };
                };
            };
        };
    };
    listAllocations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Sort ascending instead of descending.
                     * @default false
                     */
                    ascending?: boolean | null;
                    /**
                     * @description Asset in which to express amounts.
                     * @default USD
                     */
                    converted_asset?: string | null;
                    /**
                     * @description Leave out strategies with no allocation left.
                     * @default false
                     */
                    hide_zero_allocations?: boolean | null;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["EarnAllocationList"];
                    };
                };
            };
        };
    };
    deallocateStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Amount in the strategy's asset. */
                    amount: components["schemas"]["DecimalString"];
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Strategy id from Earn/Strategies. */
                    strategy_id: string;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description True when the request was accepted; null on error. */
                        result?: boolean | null;
                    };
                };
            };
        };
    };
    getDeallocateStrategyStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Strategy id from Earn/Strategies. */
                    strategy_id: string;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["EarnOperationStatus"] | null;
                    };
                };
            };
        };
    };
    listStrategies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Sort ascending instead of descending.
                     * @default false
                     */
                    ascending?: boolean | null;
                    /** @description Only strategies for this asset. */
                    asset?: string | null;
                    /** @description Page cursor from `next_cursor`; omit for the first page. */
                    cursor?: string | null;
                    /** @description Page size (Kraken may cap it lower). */
                    limit?: number | null;
                    /** @description Only strategies with these lock types. */
                    lock_type?: ("flex" | "bonded" | "timed" | "instant")[] | null;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["EarnStrategyList"];
                    };
                };
            };
        };
    };
    editOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Set to `tokenized_asset` for xStocks pairs; omit for crypto pairs.
                     * @enum {string}
                     */
                    asset_class?: "tokenized_asset";
                    /** @description Ask for a response while the replace is still pending instead of waiting for completion. */
                    cancel_response?: boolean;
                    /**
                     * Format: date-time
                     * @description RFC 3339 time after which the engine must reject the request instead of acting late; between now + 2 s and now + 60 s.
                     */
                    deadline?: string;
                    /** @description Iceberg only: new visible quantity, at least 1/15 of `volume`. */
                    displayvol?: components["schemas"]["DecimalString"];
                    nonce: components["schemas"]["Nonce"];
                    /** @description Only `post` can change: every other flag of the original is kept, but post-only must be restated to keep it. */
                    oflags?: components["schemas"]["OrderFlags"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`). */
                    pair: string;
                    /** @description New price (same meaning and relative forms as AddOrder). */
                    price?: components["schemas"]["PriceExpression"];
                    /** @description New secondary price (same meaning as AddOrder). */
                    price2?: components["schemas"]["PriceExpression"];
                    /** @description A Kraken order id (txid), or a userref (integer) which selects every open order carrying it. */
                    txid: string | number;
                    /**
                     * Format: int32
                     * @description userref for the replacement order (the original's userref is not carried over).
                     */
                    userref?: number;
                    /**
                     * @description Only validate the request; nothing reaches the matching engine and no txid is returned.
                     * @default false
                     */
                    validate?: boolean;
                    /** @description New quantity in base currency; must not be below what already filled. */
                    volume?: components["schemas"]["DecimalString"];
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["EditOrderResult"];
                    };
                };
            };
        };
    };
    exportStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /**
                     * @description Report kind.
                     * @enum {string}
                     */
                    report: "trades" | "ledgers";
                };
            };
        };
        responses: {
            /** @description Report statuses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Reports of that kind. */
                        result?: components["schemas"]["ExportReport"][];
                    };
                };
            };
        };
    };
    getApiKeyInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description Key information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["ApiKeyInfo"];
                    };
                };
            };
        };
    };
    getWebsocketsToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["WebSocketsToken"];
                    };
                };
            };
        };
    };
    getLedgers: {
        parameters: {
            query?: {
                /** @description Public id of the wallet account to read (see `listWalletAccounts`); the default wallet when omitted. Newer than Kraken's spec snapshot. Clients send it in the URL query string, which is not covered by the signature. */
                account_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Asset class.
                     * @default currency
                     */
                    aclass?: string;
                    /**
                     * @description Comma-separated assets.
                     * @default all
                     */
                    asset?: string;
                    /** @description Upper bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
                    end?: number;
                    nonce: components["schemas"]["Nonce"];
                    /** @description Offset into the result set, for paging 50 at a time. */
                    ofs?: number;
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                    /** @description Lower bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
                    start?: number;
                    /**
                     * @description Entry type to return.
                     * @default all
                     * @enum {string}
                     */
                    type?: "all" | "trade" | "deposit" | "withdrawal" | "transfer" | "margin" | "adjustment" | "rollover" | "credit" | "settled" | "staking" | "dividend" | "sale" | "nft_rebate";
                    /**
                     * @description Skip counting the total (faster for large histories).
                     * @default false
                     */
                    without_count?: boolean;
                };
            };
        };
        responses: {
            /** @description Ledger entries keyed by ledger id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description A page of ledger entries. */
                        result?: {
                            /** @description Total number of matching entries. */
                            count?: number;
                            /** @description Ledger id to entry. */
                            ledger: {
                                [key: string]: components["schemas"]["LedgerEntry"];
                            };
                        };
                    };
                };
            };
        };
    };
    getLevel3Book: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Price levels per side; 0 returns the whole book.
                     * @default 100
                     * @enum {integer}
                     */
                    depth?: 0 | 10 | 25 | 100 | 250 | 1000;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Pair to return, e.g. `BTC/USD`. */
                    pair: string;
                };
            };
        };
        responses: {
            /** @description Level 3 book. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["Level3Book"];
                    };
                };
            };
        };
    };
    listWalletAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description Wallet accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["WalletAccountList"];
                    };
                };
            };
        };
    };
    getOpenOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Only the order with this client order id. */
                    cl_ord_id?: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                    /**
                     * @description Include the ids of fills of each order.
                     * @default false
                     */
                    trades?: boolean;
                    /**
                     * Format: int32
                     * @description Only orders with this client tag.
                     */
                    userref?: number;
                };
            };
        };
        responses: {
            /** @description Open orders keyed by order id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Open orders. */
                        result?: {
                            /** @description Order id to order. */
                            open: {
                                [key: string]: components["schemas"]["OrderInfo"];
                            };
                        };
                    };
                };
            };
        };
    };
    getOpenPositions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description `market` combines positions per pair (the result becomes a list).
                     * @enum {string}
                     */
                    consolidation?: "market";
                    /**
                     * @description Compute current value and profit/loss.
                     * @default false
                     */
                    docalcs?: boolean;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                    /** @description Comma-separated position ids to return; all when omitted. */
                    txid?: string;
                };
            };
        };
        responses: {
            /** @description Open positions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: {
                            [key: string]: components["schemas"]["PositionInfo"];
                        } | components["schemas"]["ConsolidatedPosition"][];
                    };
                };
            };
        };
    };
    getOrderAmends: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    nonce: components["schemas"]["Nonce"];
                    /** @description Kraken order id. */
                    order_id: string;
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                };
            };
        };
        responses: {
            /** @description Amend history of the order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Amend history. */
                        result?: {
                            /** @description Amend events, oldest first. */
                            amends: components["schemas"]["OrderAmend"][];
                            /** @description Number of entries. */
                            count?: number;
                        };
                    };
                };
            };
        };
    };
    getLedgersInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Comma-separated ledger ids (at most 20). */
                    id: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                    /**
                     * @description Include related trade ids.
                     * @default false
                     */
                    trades?: boolean;
                };
            };
        };
        responses: {
            /** @description Ledger entries keyed by ledger id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Ledger id to entry. */
                        result?: {
                            [key: string]: components["schemas"]["LedgerEntry"];
                        };
                    };
                };
            };
        };
    };
    getOrdersInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Combine fills of one taker order into one trade.
                     * @default true
                     */
                    consolidate_taker?: boolean;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                    /**
                     * @description Include the ids of fills of each order.
                     * @default false
                     */
                    trades?: boolean;
                    /** @description Comma-separated order ids (at most 50). */
                    txid: string;
                    /**
                     * Format: int32
                     * @description Only orders with this client tag.
                     */
                    userref?: number;
                };
            };
        };
        responses: {
            /** @description Orders keyed by order id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Order id to order. */
                        result?: {
                            [key: string]: components["schemas"]["ClosedOrderInfo"];
                        };
                    };
                };
            };
        };
    };
    getTradesInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                    /**
                     * @description Include ids of trades related to positions.
                     * @default false
                     */
                    trades?: boolean;
                    /** @description Comma-separated trade ids (at most 20). */
                    txid: string;
                };
            };
        };
        responses: {
            /** @description Trades keyed by trade id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Trade id to trade. */
                        result?: {
                            [key: string]: components["schemas"]["TradeInfo"];
                        };
                    };
                };
            };
        };
    };
    removeExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Report id. */
                    id: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /**
                     * @description `cancel` a queued/processing report, `delete` a processed one.
                     * @enum {string}
                     */
                    type: "cancel" | "delete";
                };
            };
        };
        responses: {
            /** @description Outcome of the removal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Outcome; one of the two keys is present. */
                        result?: {
                            /** @description True when canceled. */
                            cancel?: boolean;
                            /** @description True when deleted. */
                            delete?: boolean;
                        };
                    };
                };
            };
        };
    };
    retrieveExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Report id. */
                    id: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description The zip archive of the report, or a JSON error envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    "application/octet-stream": string;
                };
            };
        };
    };
    getTradeBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Asset to value everything in.
                     * @default ZUSD
                     */
                    asset?: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                };
            };
        };
        responses: {
            /** @description Trade balance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["TradeBalance"];
                    };
                };
            };
        };
    };
    getTradeHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Combine fills of one taker order into one trade.
                     * @default true
                     */
                    consolidate_taker?: boolean;
                    /** @description Upper bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
                    end?: number;
                    /**
                     * @description Include ledger ids of each trade.
                     * @default false
                     */
                    ledgers?: boolean;
                    nonce: components["schemas"]["Nonce"];
                    /** @description Offset into the result set, for paging 50 at a time. */
                    ofs?: number;
                    otp?: components["schemas"]["Otp"];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                    /** @description Lower bound, exclusive, in Unix seconds. Kraken also accepts an order, trade or ledger id here (its time is used); this description types the documented integer form. */
                    start?: number;
                    /**
                     * @description Include ids of trades related to positions.
                     * @default false
                     */
                    trades?: boolean;
                    /**
                     * @description Which trades, by relation to margin positions.
                     * @default all
                     * @enum {string}
                     */
                    type?: "all" | "any position" | "closed position" | "closing position" | "no position";
                };
            };
        };
        responses: {
            /** @description Trades keyed by trade id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description A page of trades. */
                        result?: {
                            /** @description Total number of matching trades. */
                            count?: number;
                            /** @description Trade id to trade. */
                            trades: {
                                [key: string]: components["schemas"]["TradeInfo"];
                            };
                        };
                    };
                };
            };
        };
    };
    getTradeVolume: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Also return the full fee schedule of each requested pair in `schedules` (16 June 2026).
                     * @default false
                     */
                    fee_schedule?: boolean;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description The pairs to return fee tiers for: comma-separated pair names (`XBTUSD,ETHEUR`), or (16 June 2026) a list of `{ asset, aclass }` objects, which Kraken needs for non-forex classes such as `derivatives` and `equity_pair`. */
                    pair?: string | components["schemas"]["TradeVolumePair"][];
                    rebase_multiplier?: components["schemas"]["RebaseMultiplier"];
                };
            };
        };
        responses: {
            /** @description Volume and fee tiers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["TradeVolume"];
                    };
                };
            };
        };
    };
    walletTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Amount to move. */
                    amount: components["schemas"]["DecimalString"];
                    /** @description Asset to move (id or altname). */
                    asset: string;
                    /**
                     * @description Source wallet; only `Spot Wallet`.
                     * @enum {string}
                     */
                    from: "Spot Wallet";
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /**
                     * @description Destination wallet; only `Futures Wallet`.
                     * @enum {string}
                     */
                    to: "Futures Wallet";
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["FundingReference"];
                    };
                };
            };
        };
    };
    withdrawFunds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Asset class of the asset: `currency` for crypto and fiat, `tokenized_asset` for xStocks.
                     * @default currency
                     * @enum {string}
                     */
                    aclass?: "currency" | "tokenized_asset";
                    /** @description Optional safety check: the request fails unless `key` resolves to this address. */
                    address?: string;
                    /** @description Amount to withdraw. */
                    amount: components["schemas"]["DecimalString"];
                    /** @description Asset to withdraw. */
                    asset: string;
                    /** @description Name of the saved withdrawal address. */
                    key: string;
                    /** @description Fail with `EFunding:Max fee exceeded` instead of paying a higher fee. */
                    max_fee?: components["schemas"]["DecimalString"];
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /**
                     * @description xStocks only: amounts in underlying-share units (`rebased`) or in token units (`base`).
                     * @default rebased
                     * @enum {string|null}
                     */
                    rebase_multiplier?: "rebased" | "base" | null;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["FundingReference"];
                    };
                };
            };
        };
    };
    getWithdrawalAddresses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks.
                     * @default currency
                     * @enum {string}
                     */
                    aclass?: "currency" | "tokenized_asset";
                    /** @description Only this asset. */
                    asset?: string;
                    /** @description Only the address saved under this name. */
                    key?: string;
                    /** @description Only this withdrawal method. */
                    method?: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Only verified (`true`) or only unverified (`false`) addresses. */
                    verified?: boolean;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Addresses. */
                        result?: components["schemas"]["WithdrawalAddress"][];
                    };
                };
            };
        };
    };
    cancelWithdrawal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Asset of the withdrawal. */
                    asset: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Reference id of the withdrawal. */
                    refid: string;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description True when the cancel request was accepted. */
                        result?: boolean;
                    };
                };
            };
        };
    };
    getWithdrawalInformation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Amount to withdraw. */
                    amount: components["schemas"]["DecimalString"];
                    /** @description Asset to withdraw. */
                    asset: string;
                    /** @description Name of the saved withdrawal address. */
                    key: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["WithdrawalQuote"];
                    };
                };
            };
        };
    };
    getWithdrawalMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks.
                     * @default currency
                     * @enum {string}
                     */
                    aclass?: "currency" | "tokenized_asset";
                    /** @description Only this asset. */
                    asset?: string;
                    /** @description Only this network. */
                    network?: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Methods. */
                        result?: components["schemas"]["WithdrawalMethod"][];
                    };
                };
            };
        };
    };
    getStatusRecentWithdrawals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Asset class filter: `currency` for crypto and fiat, `tokenized_asset` for xStocks.
                     * @default currency
                     * @enum {string}
                     */
                    aclass?: "currency" | "tokenized_asset";
                    /** @description Only this asset. */
                    asset?: string;
                    /**
                     * @description Paging switch or cursor. With paging on, at most `limit` entries (default 500) come back per call, newest first, together with `next_cursor`.
                     * @default false
                     */
                    cursor?: boolean | string;
                    /** @description Only withdrawals made at or before this Unix time (seconds, as a string). */
                    end?: string;
                    /**
                     * @description Page size when paging.
                     * @default 500
                     */
                    limit?: number;
                    /** @description Only this withdrawal method. */
                    method?: string;
                    nonce: components["schemas"]["Nonce"];
                    otp?: components["schemas"]["Otp"];
                    /** @description Only withdrawals made at or after this Unix time (seconds, as a string). */
                    start?: string;
                };
            };
        };
        responses: {
            /** @description Kraken's envelope; on success `error` is empty and `result` holds the data below. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["Withdrawal"][] | {
                            /** @description Cursor for the next page; absent or empty at the end. */
                            next_cursor?: string | null;
                            /** @description Withdrawals, newest first. */
                            withdrawal?: components["schemas"]["Withdrawal"][];
                            /** @description Withdrawals, newest first. */
                            withdrawals?: components["schemas"]["Withdrawal"][];
                        };
                    };
                };
            };
        };
    };
    getTradableAssetPairs: {
        parameters: {
            query?: {
                /** @description Asset class of the base asset: `currency` or `tokenized_asset` (xStocks). */
                aclass_base?: "currency" | "tokenized_asset";
                /**
                 * @description ISO 3166-1 alpha-2 country or region; only pairs available there are returned.
                 * @example GB
                 */
                country_code?: string;
                /** @description Only pairs of this execution venue: `international` or `bitnomial_exchange` (Kraken's changelog, 30 April 2026). */
                execution_venue?: "international" | "bitnomial_exchange";
                /** @description Which part to return: `info` everything, `leverage`, `fees` or `margin` only. */
                info?: "info" | "leverage" | "fees" | "margin";
                /**
                 * @description Comma-separated pairs (e.g. `BTC/USD,ETH/BTC` or `XBTUSD`); all when omitted.
                 * @example BTC/USD,ETH/BTC
                 */
                pair?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pairs keyed by pair id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Pair id (e.g. `XXBTZUSD`) to pair info. */
                        result?: {
                            [key: string]: components["schemas"]["AssetPair"];
                        };
                    };
                };
            };
        };
    };
    getAssetInfo: {
        parameters: {
            query?: {
                /** @description Asset class: `currency` (spot crypto and fiat) or `tokenized_asset` (xStocks). */
                aclass?: "currency" | "tokenized_asset";
                /**
                 * @description Comma-separated assets to return (e.g. `XBT,ETH`); all when omitted.
                 * @example XBT,ETH
                 */
                asset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assets keyed by asset id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Asset id (e.g. `XXBT`) to asset info. */
                        result?: {
                            [key: string]: components["schemas"]["AssetInfo"];
                        };
                    };
                };
            };
        };
    };
    getOrderBook: {
        parameters: {
            query: {
                /** @description Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). */
                asset_class?: "tokenized_asset";
                /** @description Levels per side. */
                count?: number;
                /**
                 * @description Pair whose book to return: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`).
                 * @example XBTUSD
                 */
                pair: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Book keyed by pair id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Pair id to its book. */
                        result?: {
                            [key: string]: components["schemas"]["OrderBook"];
                        };
                    };
                };
            };
        };
    };
    getGroupedBook: {
        parameters: {
            query: {
                /** @description Levels per side. */
                depth?: 10 | 25 | 100 | 250 | 1000;
                /** @description Ticks folded into each level. */
                grouping?: 1 | 5 | 10 | 25 | 50 | 100 | 250 | 500 | 1000;
                /**
                 * @description Pair to return, e.g. `BTC/USD`.
                 * @example BTC/USD
                 */
                pair: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Grouped book. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["GroupedBook"];
                    };
                };
            };
        };
    };
    getOHLCData: {
        parameters: {
            query: {
                /** @description Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). */
                asset_class?: "tokenized_asset";
                /** @description Candle length in minutes. */
                interval?: 1 | 5 | 15 | 30 | 60 | 240 | 1440 | 10080 | 21600;
                /**
                 * @description Pair to get candles for: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`).
                 * @example XBTUSD
                 */
                pair: string;
                /**
                 * @description Only return candles after this Unix second (use the previous response's `last`).
                 * @example 1688671200
                 */
                since?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Candles keyed by pair id, and the `last` cursor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Pair id to candles, plus `last`. */
                        result?: {
                            /** @description Cursor for the next poll: pass it as `since`. */
                            last?: number;
                        } & {
                            [key: string]: components["schemas"]["OhlcCandle"][];
                        };
                    };
                };
            };
        };
    };
    getPostTradeData: {
        parameters: {
            query?: {
                /** @description Maximum number of trades. */
                count?: number;
                /**
                 * @description Only trades after this time (ISO 8601, up to nanoseconds).
                 * @example 2026-05-30T12:34:56.123456789Z
                 */
                from_ts?: string;
                /**
                 * @description Only trades of this pair, e.g. `BTC/USD`.
                 * @example BTC/USD
                 */
                symbol?: string;
                /** @description Only trades at or before this time (ISO 8601). */
                to_ts?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Batch of published trades. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["PostTradeList"];
                    };
                };
            };
        };
    };
    getPreTradeData: {
        parameters: {
            query: {
                /**
                 * @description Pair symbol, e.g. `BTC/USD`.
                 * @example BTC/USD
                 */
                symbol: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pre-trade book of the pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        result?: components["schemas"]["PreTradeBook"];
                    };
                };
            };
        };
    };
    getRecentSpreads: {
        parameters: {
            query: {
                /** @description Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). */
                asset_class?: "tokenized_asset";
                /**
                 * @description Pair whose spreads to return: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`).
                 * @example XBTUSD
                 */
                pair: string;
                /**
                 * @description Only return entries after this Unix second (use the previous `last`).
                 * @example 1678219570
                 */
                since?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Spreads keyed by pair id, and the `last` cursor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Pair id to spread entries, plus `last`. */
                        result?: {
                            /** @description Cursor for the next poll: pass it as `since`. */
                            last?: number;
                        } & {
                            [key: string]: components["schemas"]["SpreadEntry"][];
                        };
                    };
                };
            };
        };
    };
    getSystemStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current trading mode. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description System status. */
                        result?: {
                            /**
                             * @description Current trading mode.
                             * @enum {string}
                             */
                            status: "online" | "maintenance" | "cancel_only" | "post_only";
                            /**
                             * Format: date-time
                             * @description Time of the status, RFC 3339.
                             */
                            timestamp: string;
                        };
                    };
                };
            };
        };
    };
    getTickerInformation: {
        parameters: {
            query?: {
                /** @description `tokenized_asset` to get xStocks pairs (Kraken's changelog, 5 September 2025). */
                asset_class?: "tokenized_asset";
                /**
                 * @description Comma-separated pairs; every tradable pair when omitted.
                 * @example XBTUSD
                 */
                pair?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tickers keyed by pair id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Pair id to ticker. */
                        result?: {
                            [key: string]: components["schemas"]["TickerInfo"];
                        };
                    };
                };
            };
        };
    };
    getServerTime: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Server time. */
                        result?: {
                            /** @description The same instant in RFC 1123 form. */
                            rfc1123: string;
                            /** @description Unix seconds. */
                            unixtime: number;
                        };
                    };
                };
            };
        };
    };
    getRecentTrades: {
        parameters: {
            query: {
                /** @description Needed for non-crypto pairs: send `tokenized_asset` when `pair` names an xStock (e.g. `TSLAx/USD`). */
                asset_class?: "tokenized_asset";
                /** @description Maximum number of trades. */
                count?: number;
                /**
                 * @description Pair whose trades to return: pair id (`XXBTZUSD`), altname (`XBTUSD`) or WebSocket name (`BTC/USD`).
                 * @example XBTUSD
                 */
                pair: string;
                /**
                 * @description Return trades after this cursor: the previous `last` (nanoseconds) or a Unix second.
                 * @example 1688671969993150842
                 */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trades keyed by pair id, and the `last` cursor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: components["schemas"]["ErrorList"];
                        /** @description Pair id to trades, plus `last`. */
                        result?: {
                            /** @description Cursor (nanoseconds) for the next call, passed as `since`. */
                            last?: string;
                        } & {
                            [key: string]: components["schemas"]["PublicTrade"][];
                        };
                    };
                };
            };
        };
    };
}

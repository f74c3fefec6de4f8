/**
 * DO NOT EDIT. This file is generated from openapi.futures.json by `npm run codegen` (codegen/generate.mjs).
 * Change openapi.futures.json or the generator instead, then run `npm run codegen` and commit the result.
 */

export interface paths {
    "/api/auth/v1/api-keys/v3/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that a key and signature are accepted; returns the key's account and access levels
         * @description Any key works, whatever its access level. Kraken's rate-limit page lists no cost for this path.
         */
        get: operations["checkV3ApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charts/v1/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tick types candles exist for (`spot`, `mark`, `trade`) */
        get: operations["tickTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charts/v1/{tick_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Markets that have candles of a tick type */
        get: operations["symbols"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charts/v1/{tick_type}/{symbol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candle resolutions available for a market and tick type */
        get: operations["resolutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charts/v1/{tick_type}/{symbol}/{resolution}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OHLC candles of a market for a tick type and resolution */
        get: operations["candles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charts/v1/analytics/{symbol}/{analytics_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Market analytics (open interest, volumes, liquidations, spreads, ...) in time buckets */
        get: operations["marketAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charts/v1/analytics/liquidity-pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liquidity pool statistics (USD value) in time buckets */
        get: operations["liquidityPoolStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/v3/account-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your account log (every balance and position change), by time or id range
         * @description Restrict by time (`since`, `before`) and/or by entry id (`from`, `to`), in any combination. The cost depends on `count` (default 500): 1 up to 25, 2 up to 50, 3 up to 1000, 6 up to 5000, 10 up to 100000.
         */
        get: operations["accountLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/v3/accountlogcsv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your most recent account log entries (up to 500,000) as CSV */
        get: operations["accountLogCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/v3/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your executions (fills), paged */
        get: operations["getExecutionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/v3/market/{tradeable}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public trades of a market, paged */
        get: operations["getPublicExecutionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/v3/market/{tradeable}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public order events (placed, edited, cancelled) of a market, paged */
        get: operations["getPublicOrderEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/v3/market/{tradeable}/price": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mark price changes of a market, paged */
        get: operations["getPublicPriceEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/v3/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your order events (placed, edited, cancelled, rejected, executed), paged */
        get: operations["getOrderEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/v3/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes to your positions, paged
         * @description Kraken's rate-limit page lists no cost for this endpoint; we count 1 like the other event lists.
         */
        get: operations["getPositionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/v3/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your trigger (stop) order events, paged */
        get: operations["getTriggerEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/v1/rebates/self-market-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your market share, volume and credited rebates per rebate-eligible market
         * @description Kraken's operationId is `rebates::get_self_market_share`, not an identifier. Kraken answers 204 with no body while the figures are not aggregated yet. Kraken's rate-limit page lists no cost for this path.
         */
        get: operations["getSelfMarketShare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balances, margin and PnL of every cash, margin and multi-collateral (flex) account
         * @description One entry per account, keyed by account name (`cash`, `flex`, `fi_xbtusd`, ...), each tagged with its `type`.
         */
        get: operations["getAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/assignmentprogram/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an assignment-program preference (take over liquidated positions) */
        post: operations["addAssignmentProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/assignmentprogram/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your active assignment-program preferences */
        get: operations["getAssignmentProgramCurrent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/assignmentprogram/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete an assignment-program preference */
        post: operations["deleteAssignmentProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/assignmentprogram/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change to your assignment-program preferences */
        get: operations["getAssignmentProgramHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/batchorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send, edit and cancel several orders in one request
         * @description The instructions travel as one form field, `json`, holding a JSON document `{"batchOrder": [...]}`. Each instruction's outcome is in `batchStatus`; an element whose `status` is not `placed`, `edited` or `cancelled` was refused. Cost: 9 plus the number of instructions. Editing a trailing stop with unchanged deviation recomputes its stop price.
         */
        post: operations["sendBatchOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/cancelallorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel all open orders, or those of one market or margin account
         * @description Without `symbol` every open order of the account is cancelled.
         */
        post: operations["cancelAllOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/cancelallordersafter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dead man's switch: cancel all orders unless called again within `timeout` seconds
         * @description Each call restarts the countdown; `timeout=0` disarms the switch. Kraken suggests calling every 15 to 20 seconds with a timeout of 60.
         */
        post: operations["cancelAllOrdersAfter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/cancelorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel one open order by `order_id` or `cliOrdId`
         * @description Give exactly one of `order_id` and `cliOrdId`. The outcome is in `cancelStatus.status` (`cancelled`, `filled` or `notFound`).
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/editorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the size, prices or trailing parameters of an open order
         * @description Identify the order by `orderId` or `cliOrdId`. The outcome is in `editStatus.status`; anything but `edited` means nothing changed. Sending a trailing stop's deviation unchanged recomputes its stop price.
         */
        post: operations["editOrderSpring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/feeschedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All fee schedules with their volume tiers
         * @deprecated
         * @description Kraken deprecated the derivatives fee-schedule endpoints on 22 June 2026; fees now come from Spot `TradeVolume`.
         */
        get: operations["getFeeSchedulesV3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/feeschedules/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your 30-day volume per fee schedule
         * @deprecated
         * @description Deprecated by Kraken on 22 June 2026 with the fee schedules.
         */
        get: operations["getUserFeeScheduleVolumesV3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/fills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your last 100 fills, newest first, optionally before a given time
         * @description Costs 2, or 25 with `lastFillTime`.
         */
        get: operations["getFills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/historical-funding-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funding rate history of a perpetual market, oldest first */
        get: operations["historicalFundingRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The last 100 public trades of a market, optionally before a given time
         * @description Covers at most the last 7 days or back to the last trading-engine restart.
         */
        get: operations["getHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Specifications of every listed market and index */
        get: operations["getInstruments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/instruments/{symbol}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Price-dislocation and volatility status of one market */
        get: operations["instrumentStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/instruments/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Price-dislocation and volatility status of every market */
        get: operations["instrumentsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/leveragepreferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the maximum-leverage settings of isolated-margin markets
         * @description Markets without an entry use cross margin.
         */
        get: operations["getLeverageSetting"];
        /**
         * Switch a market between isolated margin (with a maximum leverage) and cross margin
         * @description With `maxLeverage` the market uses isolated margin at that leverage; without it, cross margin. Errors: 87 (no such market), 88 (not multi-collateral), 41 (would cause liquidation).
         */
        put: operations["setLeverageSetting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Platform notifications (maintenance, new markets, ...) */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/openorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every open order and untriggered stop, newest first */
        get: operations["getOpenOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/openpositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Size and average entry price of every open position
         * @description Includes matured but not yet settled futures.
         */
        get: operations["getOpenPositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/orderbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full, non-cumulative order book of a market */
        get: operations["getOrderbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/orders/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Status of given orders: open, or filled/cancelled within the last 5 seconds
         * @description Look orders up by `orderIds` and/or `cliOrdIds` (repeat the parameter for several). An order not listed is neither open nor recently closed.
         */
        post: operations["getOrderStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/pnlpreferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the PnL currency preference of each multi-collateral market
         * @description The currency in which realised profit is paid out, per market where one was set.
         */
        get: operations["getPnlCurrencyPreference"];
        /**
         * Set the currency in which a multi-collateral market pays out realised profit
         * @description Kraken answers with an error when the market does not exist (87) or is not multi-collateral (88), when the currency does not exist (89) or is not enabled for multi-collateral (90), or when the change would cause a liquidation (41).
         */
        put: operations["setPnlCurrencyPreference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/portfolio-margining/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Portfolio-margin calculation parameters and your options trading limits
         * @description Kraken documented this for its demo environment only.
         */
        get: operations["getPortfolioMarginingParameters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/portfolio-margining/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Margin, PnL and option greeks of a hypothetical portfolio
         * @description The portfolio travels as one query parameter, `json`, holding a JSON document. Kraken documented this for its demo environment only.
         */
        post: operations["simulatePortfolio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/rfqs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All open requests for quote (block trades)
         * @description Kraken documented the RFQ endpoints for its demo environment only.
         */
        get: operations["getAllOpenRfqs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/rfqs/{rfqUid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One open request for quote */
        get: operations["getSingleOpenRfq"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/rfqs/{rfqUid}/cancel-offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw your open offer on an open RFQ */
        delete: operations["cancelRfqOffer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/rfqs/{rfqUid}/place-offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer a bid and/or ask (USD) on an open RFQ
         * @description At least one of `bid` and `ask`. JSON body.
         */
        post: operations["placeRfqOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/rfqs/{rfqUid}/replace-offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace your open offer on an open RFQ
         * @description At least one of `bid` and `ask`. JSON body.
         */
        put: operations["replaceRfqOffer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/rfqs/open-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your open offers on open RFQs */
        get: operations["getOpenRfqOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/self-trade-strategy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account-wide self-trade prevention strategy */
        get: operations["getSelfTradeStrategy"];
        /** Change the account-wide self-trade prevention strategy */
        put: operations["setSelfTradeStrategy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/sendorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place a limit, post-only, market, IOC, FOK, stop, take-profit or trailing-stop order
         * @description Kraken answers `result: success` even when it refuses the order: the outcome is `sendStatus.status`, `placed` or a refusal reason (`insufficientAvailableFunds`, `postWouldExecute`, ...). Stop and take-profit orders without `limitPrice` trigger a market order.
         */
        post: operations["sendOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/subaccount/{subaccountUid}/trading-enabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a subaccount may trade */
        get: operations["getSubaccountTradingCapability"];
        /** Allow or forbid trading on a subaccount */
        put: operations["updateSubaccountTradingCapability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/subaccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your subaccounts with their balances */
        get: operations["listSubaccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/tickers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickers of every market and index: prices, mark, funding rate, volume, open interest */
        get: operations["getTickers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/tickers/{symbol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticker of one market or index */
        get: operations["getTicker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move funds between two of your derivatives wallets (cash, margin, flex)
         * @description Between two margin accounts with the same collateral currency, or between a margin account and the cash account.
         */
        post: operations["transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/transfer/subaccount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move funds between your account and a subaccount (or between their wallets) */
        post: operations["subAccountTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/unwindqueue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where each open position ranks in the unwind (auto-deleveraging) queue */
        get: operations["getUnwindQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/derivatives/api/v3/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move funds from a derivatives wallet back to your Kraken Spot wallet
         * @description Needs a key with withdrawal access. Wallet names are the keys of `getAccounts`.
         */
        post: operations["withdrawal"];
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
        /** @description One balance or position change. */
        AccountLogEntry: {
            asset: string;
            /** Format: uuid */
            booking_uid: string;
            collateral?: string | null;
            contract?: string | null;
            /** @description With `conversion_details`. */
            conversion_fee?: components["schemas"]["ExactNumber"];
            conversion_spread_percentage?: components["schemas"]["ExactNumber"] | null;
            /** Format: date-time */
            date: string;
            /** @description With `conversion_details`. */
            exchange_rate?: components["schemas"]["ExactNumber"];
            /** @description With `conversion_details`. */
            exchange_rate_from?: string;
            execution?: string | null;
            fee?: components["schemas"]["ExactNumber"] | null;
            funding_rate?: components["schemas"]["ExactNumber"] | null;
            /** @description Entry id (from 1). */
            id: number;
            info: components["schemas"]["AccountLogInfo"];
            liquidation_fee?: components["schemas"]["ExactNumber"] | null;
            margin_account: string;
            mark_price?: components["schemas"]["ExactNumber"] | null;
            new_average_entry_price?: components["schemas"]["ExactNumber"] | null;
            new_balance: components["schemas"]["ExactNumber"];
            old_average_entry_price?: components["schemas"]["ExactNumber"] | null;
            old_balance: components["schemas"]["ExactNumber"];
            realized_funding?: components["schemas"]["ExactNumber"] | null;
            realized_pnl?: components["schemas"]["ExactNumber"] | null;
            trade_price?: components["schemas"]["ExactNumber"] | null;
        };
        /**
         * @description Kind of account log entry.
         * @enum {string}
         */
        AccountLogInfo: "futures trade" | "futures liquidation" | "futures assignor" | "futures assignee" | "futures unwind counterparty" | "futures unwind bankrupt" | "covered liquidation" | "funding rate change" | "conversion" | "interest payment" | "transfer" | "cross-exchange transfer" | "kfee applied" | "subaccount transfer" | "settlement" | "admin transfer" | "tax withheld" | "tax refund";
        AccountLogResponse: {
            /** Format: uuid */
            accountUid: string;
            logs: components["schemas"]["AccountLogEntry"][];
        };
        /** @description Every account, keyed by name: `cash`, `flex` (multi-collateral), and one margin account per single-collateral market family (`fi_xbtusd`, ...). */
        Accounts: {
            cash: components["schemas"]["CashAccount"];
            flex: components["schemas"]["FlexAccount"];
        } & {
            [key: string]: components["schemas"]["MarginAccount"];
        };
        AddAssignmentProgramResponse: components["schemas"]["SuccessEnvelope"] & components["schemas"]["AssignmentProgram"];
        AnalyticsAnswer: {
            errors: {
                error_class: string;
                field?: string;
                msg?: string;
                severity: string;
                type: string;
                value?: string;
            }[];
            result: {
                /** @description One value per bucket, or per-series arrays, depending on the analytics type. */
                data: (components["schemas"]["ExactNumber"] | string | components["schemas"]["ExactNumber"][])[] | {
                    /** @description Trader counts per bucket (whole numbers, read as digits like the rest of `data`). */
                    longCount?: components["schemas"]["ExactNumber"][];
                    longPercent?: (string | null)[];
                    ratio?: (string | null)[];
                    /** @description Trader counts per bucket (whole numbers, read as digits like the rest of `data`). */
                    shortCount?: components["schemas"]["ExactNumber"][];
                    shortPercent?: (string | null)[];
                } | {
                    ask: components["schemas"]["AnalyticsBookSide"];
                    bid: components["schemas"]["AnalyticsBookSide"];
                } | {
                    buyVolume: (string | null)[];
                    cvd: (string | null)[];
                    sellVolume: (string | null)[];
                } | {
                    top20Percent: {
                        /** @description Trader counts per bucket (whole numbers, read as digits like the rest of `data`). */
                        longCount?: components["schemas"]["ExactNumber"][];
                        longPercent?: (string | null)[];
                        openInterest?: (string | null)[];
                        ratio?: (string | null)[];
                        /** @description Trader counts per bucket (whole numbers, read as digits like the rest of `data`). */
                        shortCount?: components["schemas"]["ExactNumber"][];
                        shortPercent?: (string | null)[];
                    };
                } | {
                    usdValue: (string | null)[];
                } | {
                    basis: (string | null)[];
                };
                /** @description More buckets exist beyond `to`. */
                more: boolean;
                /** @description Bucket start times, Unix seconds. */
                timestamp: number[];
            };
        };
        /** @description Per-bucket book measures: best price, liquidity within a distance, slippage for a size (the keys depend on the analytics type). */
        AnalyticsBookSide: {
            [key: string]: (string | null)[];
        };
        /**
         * @description Bucket width in seconds.
         * @enum {integer}
         */
        AnalyticsInterval: 60 | 300 | 900 | 1800 | 3600 | 14400 | 43200 | 86400 | 604800;
        /** @enum {string} */
        AnalyticsType: "open-interest" | "aggressor-differential" | "trade-volume" | "trade-count" | "liquidation-volume" | "rolling-volatility" | "long-short-ratio" | "long-short-info" | "cvd" | "top-traders" | "orderbook" | "spreads" | "liquidity" | "slippage" | "future-basis";
        AssignmentPreference: {
            acceptLong: boolean;
            acceptShort: boolean;
            contract?: string | null;
            contractType: string;
            enabled: boolean;
            maxPosition?: components["schemas"]["ExactNumber"] | null;
            maxSize?: components["schemas"]["ExactNumber"] | null;
            /** @enum {string} */
            timeFrame: "all" | "weekdays" | "weekends";
        };
        AssignmentProgram: {
            id: number;
            participant: components["schemas"]["AssignmentPreference"];
        };
        /** @description Cancel an open order, identified by `order_id` or `cliOrdId`. */
        BatchCancelInstruction: {
            /** @description Client order id of the order (or give `order_id`). */
            cliOrdId?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            order: "cancel";
            /**
             * Format: uuid
             * @description Kraken's id of the order (or give `cliOrdId`).
             */
            order_id?: string;
        };
        /** @description Edit an open order, identified by `order_id` or `cliOrdId`. */
        BatchEditInstruction: {
            /** @description Client order id of the order (or give `order_id`). */
            cliOrdId?: string | null;
            /** @description New limit price. */
            limitPrice?: components["schemas"]["DecimalInput"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            order: "edit";
            /**
             * Format: uuid
             * @description Kraken's id of the order (or give `cliOrdId`).
             */
            order_id?: string;
            /**
             * @description `RELATIVE` (default): `size` is the new open size; `ABSOLUTE`: the new total including fills.
             * @enum {string}
             */
            qtyMode?: "ABSOLUTE" | "RELATIVE";
            /** @description New size; see `qtyMode`. */
            size?: components["schemas"]["DecimalInput"];
            /** @description New trigger price. */
            stopPrice?: components["schemas"]["DecimalInput"];
            trailingStopDeviationUnit?: components["schemas"]["DeviationUnit"];
            /** @description Trailing stops: new maximum trailing distance. */
            trailingStopMaxDeviation?: components["schemas"]["DecimalInput"];
        };
        /** @description The document in `sendBatchOrder`'s `json` form field. */
        BatchOrderRequest: {
            /** @description Instructions, carried out in no particular order. */
            batchOrder: (components["schemas"]["BatchSendInstruction"] | components["schemas"]["BatchEditInstruction"] | components["schemas"]["BatchCancelInstruction"])[];
        };
        /** @description Outcome of one batch instruction. */
        BatchResult: {
            /** @description Client order id, when the order has one. */
            cliOrdId?: string;
            /** @description When Kraken received the instruction. */
            dateTimeReceived?: string | null;
            /** @description Id of the order concerned. */
            order_id?: string | null;
            /** @description The `order_tag` of the send instruction this answers. */
            order_tag?: string | null;
            orderEvents?: components["schemas"]["OrderEvent"][];
            /**
             * @description `placed`, `edited` or `cancelled` when the instruction succeeded; otherwise why it did not.
             * @enum {string}
             */
            status: "placed" | "edited" | "cancelled" | "invalidOrderType" | "invalidSide" | "invalidSize" | "invalidPrice" | "insufficientAvailableFunds" | "selfFill" | "tooManySmallOrders" | "marketSuspended" | "marketInactive" | "clientOrderIdAlreadyExist" | "clientOrderIdTooLong" | "outsidePriceCollar" | "postWouldExecute" | "iocWouldNotExecute";
        };
        /** @description Place an order. */
        BatchSendInstruction: {
            /** @description Your id for the order, unique across the account. */
            cliOrdId?: string;
            /** @description Limit price (for stops: worst fill price). Not for `trailing_stop`. */
            limitPrice?: components["schemas"]["DecimalInput"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            order: "send";
            /** @description Your label for this instruction; the answer's `order_tag` maps results back to instructions. */
            order_tag: string;
            orderType: components["schemas"]["SendOrderType"];
            /**
             * @description Only reduce a position.
             * @default false
             */
            reduceOnly: boolean;
            side: components["schemas"]["Side"];
            /** @description Size in contracts. */
            size: components["schemas"]["DecimalInput"];
            /** @description Trigger price of `stp` and `take_profit`. */
            stopPrice?: components["schemas"]["DecimalInput"];
            /** @description Market, e.g. `PF_XBTUSD`. */
            symbol: string;
            trailingStopDeviationUnit?: components["schemas"]["DeviationUnit"];
            /** @description Trailing stops: maximum trailing distance. */
            trailingStopMaxDeviation?: components["schemas"]["DecimalInput"];
            triggerSignal?: components["schemas"]["TriggerSignal"];
        };
        /** @description [price, size]. */
        BookLevel: [
            components["schemas"]["ExactNumber"],
            components["schemas"]["ExactNumber"]
        ];
        CancelAllOrdersAfterResponse: components["schemas"]["SuccessEnvelope"] & {
            status: {
                /** @description When Kraken received the request. */
                currentTime: string;
                /** @description When the switch fires; `0` when disarmed. */
                triggerTime: string;
            };
        };
        CancelAllOrdersResponse: components["schemas"]["SuccessEnvelope"] & {
            cancelStatus: components["schemas"]["CancelAllStatus"];
        };
        /** @description Outcome of a cancelallorders request. */
        CancelAllStatus: {
            /** @description The orders cancelled. */
            cancelledOrders?: components["schemas"]["OrderIdPair"][];
            /** @description The market or account whose orders were cancelled, or `all`. */
            cancelOnly?: string;
            orderEvents?: components["schemas"]["OrderEvent"][];
            /** @description When Kraken received the request. */
            receivedTime?: string;
            /** @enum {string} */
            status: "noOrdersToCancel" | "cancelled";
        };
        CancelOrderResponse: components["schemas"]["SuccessEnvelope"] & {
            cancelStatus: components["schemas"]["CancelStatus"];
        };
        CancelRfqOfferResponse: components["schemas"]["SuccessEnvelope"];
        /** @description Outcome of a cancelorder request. */
        CancelStatus: {
            /** @description Client order id, when the order has one. */
            cliOrdId?: string | null;
            /**
             * Format: uuid
             * @description Id of the order.
             */
            order_id?: string;
            orderEvents?: components["schemas"]["OrderEvent"][];
            /** @description When Kraken received the cancel. */
            receivedTime?: string;
            /**
             * @description `cancelled` (the rest of the order, if part had filled), `filled` (nothing left to cancel) or `notFound`.
             * @enum {string}
             */
            status: "cancelled" | "filled" | "notFound";
        };
        Candle: {
            close: components["schemas"]["DecimalString"];
            high: components["schemas"]["DecimalString"];
            low: components["schemas"]["DecimalString"];
            open: components["schemas"]["DecimalString"];
            /** @description Start, Unix time in milliseconds. */
            time: number;
            volume: components["schemas"]["ExactNumber"];
        };
        /** @enum {string} */
        CandleResolution: "1m" | "5m" | "15m" | "30m" | "1h" | "4h" | "12h" | "1d" | "1w";
        CandlesResponse: {
            candles: components["schemas"]["Candle"][];
            /** @description More candles exist beyond this answer. */
            more_candles: boolean;
        };
        CashAccount: {
            /** @description Balance per currency. */
            balances: {
                [key: string]: components["schemas"]["ExactNumber"] | components["schemas"]["DecimalString"];
            };
            /** @constant */
            type: "cashAccount";
        };
        /** @description The key's details. Contains the public key: never log it with the secret. */
        CheckV3ApiKeyResponse: {
            /** Format: uuid */
            accountUid: string;
            /** @description The key that signed the request. */
            apiKey: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The account's IIBAN. */
            iiban: string | null;
            permissions: {
                general: components["schemas"]["KeyAccessLevel"];
                transfer: components["schemas"]["KeyAccessLevel"];
            };
        };
        /**
         * @description Kind of contract: inverse (coin-margined), vanilla, or multi-collateral (flex).
         * @enum {string}
         */
        ContractType: "futures_inverse" | "futures_vanilla" | "flexible_futures";
        /** @description A decimal written as text (`"0.5"`, `"27000.5"`), sent with exactly these digits: in a query or form value as the text itself, inside a JSON document as a number literal with the same digits. */
        DecimalInput: string;
        /** @description A decimal that Kraken sends as a JSON string (some balances). */
        DecimalString: string;
        DeleteAssignmentProgramResponse: components["schemas"]["SuccessEnvelope"] & components["schemas"]["AssignmentProgram"];
        /**
         * @description A distance in percent of the reference price, or in the quote currency.
         * @enum {string}
         */
        DeviationUnit: "PERCENT" | "QUOTE_CURRENCY";
        EditOrderSpringResponse: components["schemas"]["SuccessEnvelope"] & {
            editStatus: components["schemas"]["EditStatus"];
        };
        /** @description Outcome of an editorder request. */
        EditStatus: {
            /** @description Client order id, when the order has one. */
            cliOrdId?: string | null;
            orderEvents?: components["schemas"]["OrderEvent"][];
            /** @description Kraken's id of the order. */
            orderId?: string | null;
            /** @description When Kraken received the edit. */
            receivedTime?: string | null;
            /**
             * @description `edited` on success; anything else names why the order was left unchanged.
             * @enum {string}
             */
            status: "edited" | "invalidSize" | "invalidPrice" | "insufficientAvailableFunds" | "selfFill" | "tooManySmallOrders" | "outsidePriceCollar" | "postWouldExecute" | "wouldNotReducePosition" | "orderForEditNotFound" | "orderForEditNotAStop";
        };
        /**
         * @description Kraken's error code. Known values include `apiLimitExceeded`, `authenticationError`, `accountInactive`, `requiredArgumentMissing`, `invalidArgument`, `invalidUnit`, `invalidAmount`, `insufficientFunds`, `nonceBelowThreshold`, `nonceDuplicate`, `Unavailable`, `marketUnavailable`, `notFound`, `Server Error`, `Json Parse Error`; Kraken adds codes over time.
         * @example apiLimitExceeded
         * @example authenticationError
         * @example nonceBelowThreshold
         * @example invalidArgument
         */
        ErrorCode: string;
        /** @description A refused /derivatives request (often with HTTP 200): `error` names the reason. */
        ErrorEnvelope: {
            error?: components["schemas"]["ErrorCode"];
            /** @description Some answers list errors here instead of (or besides) `error`. */
            errors?: {
                code?: number;
                message?: string;
            }[];
            /** @constant */
            result: "error";
            serverTime?: components["schemas"]["ServerTime"];
        };
        /** @description A price, size, amount, rate or other money value that Kraken sends as a JSON number. Read it with the exact-JSON reader so no digit is lost: the generated TypeScript type is a decimal string (`"0.10000000"`), not `number`. */
        ExactNumber: string;
        FeeSchedule: {
            name: string;
            tiers: {
                /** @description Maker fee in percent. */
                makerFee: components["schemas"]["ExactNumber"];
                /** @description Taker fee in percent. */
                takerFee: components["schemas"]["ExactNumber"];
                /** @description 30-day USD volume from which the tier applies. */
                usdVolume: components["schemas"]["ExactNumber"];
            }[];
            uid: string;
        };
        Fill: {
            cliOrdId?: string | null;
            /** Format: uuid */
            fill_id: string;
            /** @description When it filled. */
            fillTime: string;
            /** @enum {string} */
            fillType: "maker" | "taker" | "liquidation" | "assignor" | "assignee" | "takerAfterEdit" | "unwindBankrupt" | "unwindCounterparty";
            /** Format: uuid */
            order_id: string;
            /** @description Fill price. */
            price: components["schemas"]["ExactNumber"];
            side: components["schemas"]["Side"];
            /** @description Filled size. */
            size: components["schemas"]["ExactNumber"];
            symbol: string;
        };
        /** @description The multi-collateral (flex) account: collateral, margin, PnL. */
        FlexAccount: {
            availableMargin: components["schemas"]["ExactNumber"];
            balanceValue: components["schemas"]["ExactNumber"];
            collateralValue: components["schemas"]["ExactNumber"];
            /** @description Collateral per currency. */
            currencies: {
                [key: string]: components["schemas"]["FlexCurrency"];
            };
            initialMargin: components["schemas"]["ExactNumber"];
            /** @description Initial margin including open orders. */
            initialMarginWithOrders: components["schemas"]["ExactNumber"];
            maintenanceMargin: components["schemas"]["ExactNumber"];
            marginEquity: components["schemas"]["ExactNumber"];
            /** @description Unrealised PnL. */
            pnl: components["schemas"]["ExactNumber"];
            portfolioMarginBreakdown?: components["schemas"]["PortfolioMarginBreakdown"];
            portfolioValue: components["schemas"]["ExactNumber"];
            totalUnrealized: components["schemas"]["ExactNumber"];
            totalUnrealizedAsMargin: components["schemas"]["ExactNumber"];
            /** @constant */
            type?: "multiCollateralMarginAccount";
            unrealizedFunding: components["schemas"]["ExactNumber"];
        };
        FlexAccountSummary: {
            availableMargin: components["schemas"]["ExactNumber"];
            balanceValue: components["schemas"]["ExactNumber"];
            collateralValue: components["schemas"]["ExactNumber"];
            currencies: {
                available: components["schemas"]["ExactNumber"];
                collateral: components["schemas"]["ExactNumber"];
                currency: string;
                quantity: components["schemas"]["ExactNumber"];
                value: components["schemas"]["ExactNumber"];
            }[];
            initialMargin: components["schemas"]["ExactNumber"];
            /** @description Initial margin including open orders. */
            initialMarginWithOrders: components["schemas"]["ExactNumber"];
            maintenanceMargin: components["schemas"]["ExactNumber"];
            marginEquity: components["schemas"]["ExactNumber"];
            /** @description Unrealised PnL. */
            pnl: components["schemas"]["ExactNumber"];
            portfolioMarginBreakdown?: components["schemas"]["PortfolioMarginBreakdown"];
            portfolioValue: components["schemas"]["ExactNumber"];
            totalUnrealized: components["schemas"]["ExactNumber"];
            totalUnrealizedAsMargin: components["schemas"]["ExactNumber"];
            unrealizedFunding: components["schemas"]["ExactNumber"];
        };
        FlexCurrency: {
            /** @description Amount available. */
            available: components["schemas"]["ExactNumber"];
            /** @description Its collateral value after haircut. */
            collateral: components["schemas"]["ExactNumber"];
            /** @description Amount held. */
            quantity: components["schemas"]["ExactNumber"];
            /** @description Its USD value. */
            value: components["schemas"]["ExactNumber"];
        };
        GetAccountsResponse: components["schemas"]["SuccessEnvelope"] & {
            accounts: components["schemas"]["Accounts"];
        };
        GetAllOpenRfqsResponse: components["schemas"]["SuccessEnvelope"] & {
            rfqs: components["schemas"]["Rfq"][];
        };
        GetAssignmentProgramCurrentResponse: components["schemas"]["SuccessEnvelope"] & {
            participants: components["schemas"]["AssignmentProgram"][];
        };
        GetAssignmentProgramHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
            participants: {
                deleted: boolean;
                participant: components["schemas"]["AssignmentPreference"];
                /** Format: date-time */
                timestamp?: string;
            }[];
        };
        /** @description A page of your executions. */
        GetExecutionEventsResponse: {
            /**
             * Format: uuid
             * @description Your account's uid.
             */
            accountUid: string;
            /** @description Pass as `continuation_token` for the next page; absent on the last page. */
            continuationToken?: string;
            elements: {
                event: components["schemas"]["HistoryExecutionEvent"];
                timestamp: components["schemas"]["TimestampMilliseconds"];
                uid: string;
            }[];
            /** @description Number of elements in this page. */
            len: number;
            /** Format: date-time */
            serverTime?: string;
        };
        GetFeeSchedulesV3Response: components["schemas"]["SuccessEnvelope"] & {
            feeSchedules: components["schemas"]["FeeSchedule"][];
        };
        GetFillsResponse: components["schemas"]["SuccessEnvelope"] & {
            /** @description Newest first. */
            fills: components["schemas"]["Fill"][];
        };
        GetHistoryResponse: components["schemas"]["SuccessEnvelope"] & {
            /** @description Newest first. */
            history: components["schemas"]["PublicTrade"][];
        };
        GetInstrumentsResponse: components["schemas"]["SuccessEnvelope"] & {
            instruments: components["schemas"]["Instrument"][];
        };
        GetLeverageSettingResponse: components["schemas"]["SuccessEnvelope"] & {
            leveragePreferences: {
                maxLeverage: components["schemas"]["ExactNumber"];
                symbol: string;
            }[];
        };
        GetNotificationsResponse: components["schemas"]["SuccessEnvelope"] & {
            notifications: components["schemas"]["Notification"][];
        };
        GetOpenOrdersResponse: components["schemas"]["SuccessEnvelope"] & {
            /** @description Newest first. */
            openOrders: components["schemas"]["OpenOrder"][];
        };
        GetOpenPositionsResponse: components["schemas"]["SuccessEnvelope"] & {
            openPositions: components["schemas"]["OpenPosition"][];
        };
        GetOpenRfqOffersResponse: components["schemas"]["SuccessEnvelope"] & {
            openOffers: components["schemas"]["RfqOffer"][];
        };
        GetOrderbookResponse: components["schemas"]["SuccessEnvelope"] & {
            orderBook: {
                /** @description Best first. */
                asks: components["schemas"]["BookLevel"][];
                /** @description Best first. */
                bids: components["schemas"]["BookLevel"][];
            };
        };
        /** @description A page of your order events. */
        GetOrderEventsResponse: {
            /**
             * Format: uuid
             * @description Your account's uid.
             */
            accountUid: string;
            /** @description Pass as `continuation_token` for the next page; absent on the last page. */
            continuationToken?: string;
            elements: {
                event: components["schemas"]["HistoryOrderEvent"];
                timestamp: components["schemas"]["TimestampMilliseconds"];
                uid: string;
            }[];
            /** @description Number of elements in this page. */
            len: number;
            /** Format: date-time */
            serverTime?: string;
        };
        GetOrderStatusResponse: components["schemas"]["SuccessEnvelope"] & {
            orders: components["schemas"]["OrderStatusEntry"][];
        };
        GetPnlCurrencyPreferenceResponse: components["schemas"]["SuccessEnvelope"] & {
            preferences: {
                pnlCurrency: string;
                symbol: string;
            }[];
        };
        GetPortfolioMarginingParametersResponse: components["schemas"]["SuccessEnvelope"] & {
            crossAssetNettingFactor: components["schemas"]["ExactNumber"];
            extremePriceShockMultiplier: components["schemas"]["ExactNumber"];
            optionExpiryTimeShockHours: number;
            optionsInitialMarginFactor: components["schemas"]["ExactNumber"];
            optionsUserLimits: {
                limitsPerBaseCurrency: {
                    [key: string]: {
                        maxTotalOpenOrdersSize: components["schemas"]["ExactNumber"];
                        maxTotalPositionSize: components["schemas"]["ExactNumber"];
                    };
                };
                maxNetPositionDelta: components["schemas"]["ExactNumber"];
            };
            priceShockLevels: components["schemas"]["ExactNumber"][];
            totalOptionOrdersConsideredInInitialMarginCalc: number;
            volShockExponentFactor: components["schemas"]["ExactNumber"];
            volShockMultiplicationFactor: components["schemas"]["ExactNumber"];
        };
        /** @description A page of your position changes. */
        GetPositionEventsResponse: {
            /**
             * Format: uuid
             * @description Your account's uid.
             */
            accountUid: string;
            /** @description Pass as `continuation_token` for the next page; absent on the last page. */
            continuationToken?: string;
            elements: components["schemas"]["PositionUpdate"][];
            /** @description Number of elements in this page. */
            len: number;
            /** Format: date-time */
            serverTime?: string;
        };
        /** @description A page of a market's trades. */
        GetPublicExecutionEventsResponse: {
            /** @description Pass as `continuation_token` for the next page; absent on the last page. */
            continuationToken?: string;
            elements: {
                event: components["schemas"]["HistoryExecutionEvent"];
                timestamp: components["schemas"]["TimestampMilliseconds"];
                uid: string;
            }[];
            /** @description Number of elements in this page. */
            len: number;
            /** Format: date-time */
            serverTime?: string;
        };
        /** @description A page of a market's order events. */
        GetPublicOrderEventsResponse: {
            /** @description Pass as `continuation_token` for the next page; absent on the last page. */
            continuationToken?: string;
            elements: {
                event: components["schemas"]["HistoryOrderEvent"];
                timestamp: components["schemas"]["TimestampMilliseconds"];
                uid: string;
            }[];
            /** @description Number of elements in this page. */
            len: number;
            /** Format: date-time */
            serverTime?: string;
        };
        /** @description A page of a market's mark price changes. */
        GetPublicPriceEventsResponse: {
            /** @description Pass as `continuation_token` for the next page; absent on the last page. */
            continuationToken?: string;
            elements: {
                event: {
                    /** @description Mark price. */
                    price: components["schemas"]["DecimalString"];
                };
                timestamp: components["schemas"]["TimestampMilliseconds"];
                uid: string;
            }[];
            /** @description Number of elements in this page. */
            len: number;
            /** Format: date-time */
            serverTime?: string;
        };
        GetSelfMarketShareResponse: {
            /** @description Per market. */
            contracts: {
                [key: string]: {
                    /** @description Your share of the market's volume (0 to 1). */
                    marketShare: components["schemas"]["DecimalString"];
                    /** @description Rebate credited, USD. */
                    usdRebateCredited: components["schemas"]["DecimalString"];
                    /** @description Your volume. */
                    volume: components["schemas"]["DecimalString"];
                };
            };
        };
        GetSelfTradeStrategyResponse: components["schemas"]["SuccessEnvelope"] & {
            strategy: components["schemas"]["SelfTradeStrategy"];
        };
        GetSingleOpenRfqResponse: components["schemas"]["SuccessEnvelope"] & {
            rfq: components["schemas"]["Rfq"];
        };
        GetSubaccountTradingCapabilityResponse: {
            /** @constant */
            result?: "success";
            serverTime?: components["schemas"]["ServerTime"];
            tradingEnabled: boolean;
        };
        GetTickerResponse: components["schemas"]["SuccessEnvelope"] & {
            ticker: components["schemas"]["Ticker"];
        };
        GetTickersResponse: components["schemas"]["SuccessEnvelope"] & {
            tickers: components["schemas"]["Ticker"][];
        };
        /** @description A page of your trigger events. */
        GetTriggerEventsResponse: {
            /**
             * Format: uuid
             * @description Your account's uid.
             */
            accountUid: string;
            /** @description Pass as `continuation_token` for the next page; absent on the last page. */
            continuationToken?: string;
            elements: {
                event: components["schemas"]["HistoryTriggerEvent"];
                timestamp: components["schemas"]["TimestampMilliseconds"];
                uid: string;
            }[];
            /** @description Number of elements in this page. */
            len: number;
            /** Format: date-time */
            serverTime?: string;
        };
        GetUnwindQueueResponse: components["schemas"]["SuccessEnvelope"] & {
            queue: {
                /** @description Percentile rank in the unwind queue (100 = first to be unwound). */
                percentile: number;
                symbol: string;
            }[];
        };
        GetUserFeeScheduleVolumesV3Response: components["schemas"]["SuccessEnvelope"] & {
            /** @description 30-day volume per fee schedule uid. */
            volumesByFeeSchedule: {
                [key: string]: components["schemas"]["ExactNumber"];
            };
        };
        HistoricalFundingRatesResponse: components["schemas"]["SuccessEnvelope"] & {
            /** @description Oldest first. */
            rates: {
                fundingRate: components["schemas"]["ExactNumber"];
                relativeFundingRate: components["schemas"]["ExactNumber"];
                /** Format: date-time */
                timestamp: string;
            }[];
        };
        HistoryExecution: {
            limitFilled: boolean;
            makerOrder: components["schemas"]["HistoryOrder"];
            makerOrderData?: components["schemas"]["HistoryOrderData"] | null;
            markPrice: components["schemas"]["DecimalString"];
            oldTakerOrder?: components["schemas"]["HistoryOrder"];
            price: components["schemas"]["DecimalString"];
            quantity: components["schemas"]["DecimalString"];
            regulatoryData?: {
                counterparty?: string;
                /** Format: uuid */
                externalUid?: string;
                venue?: string;
            };
            takerOrder: components["schemas"]["HistoryOrder"];
            takerOrderData?: components["schemas"]["HistoryOrderData"] | null;
            timestamp: components["schemas"]["TimestampMilliseconds"];
            /** Format: uuid */
            uid: string;
            usdValue: components["schemas"]["DecimalString"];
        };
        HistoryExecutionEvent: {
            Execution: {
                execution: components["schemas"]["HistoryExecution"];
                takerReducedQuantity?: components["schemas"]["DecimalString"];
            };
        };
        /** @description An order in the history; the account fields (`accountUid`, `filled`, `clientId`, ...) are absent from the public market history. */
        HistoryOrder: {
            /** Format: uuid */
            accountUid?: string;
            clientId?: string;
            /** @enum {string} */
            direction: "Buy" | "Sell" | "unknown";
            filled?: components["schemas"]["DecimalString"];
            lastUpdateTimestamp: components["schemas"]["TimestampMilliseconds"];
            limitPrice: components["schemas"]["DecimalString"];
            /**
             * @description `Limit`, `IoC`, `Post`, `Market`, `Liquidation`, `Assignment`, `Unwind`, or `unknown` when Kraken cannot decode the source value.
             * @example Limit
             * @example IoC
             * @example Post
             * @example Market
             * @example Liquidation
             * @example Assignment
             * @example Unwind
             * @example unknown
             */
            orderType: string;
            quantity: components["schemas"]["DecimalString"];
            reduceOnly: boolean;
            /** Format: uuid */
            regulatoryExternalUid?: string;
            spotData?: string | null;
            timestamp: components["schemas"]["TimestampMilliseconds"];
            /** @description Market. */
            tradeable: string;
            /**
             * Format: uuid
             * @description Order id.
             */
            uid: string;
        };
        /** @description Your side of an execution: fee and resulting position. */
        HistoryOrderData: {
            fee: components["schemas"]["DecimalString"];
            feeCalculationInfo?: {
                marketShareRebateCredited?: components["schemas"]["DecimalString"] | null;
                percentageFee: components["schemas"]["DecimalString"];
                userFeeDiscountApplied?: components["schemas"]["DecimalString"] | null;
            }[];
            /** @description Position after the execution. */
            positionSize: components["schemas"]["DecimalString"];
        };
        /** @description Exactly one member, naming what happened. */
        HistoryOrderEvent: {
            OrderPlaced: {
                order: components["schemas"]["HistoryOrder"];
                reason: string;
                reducedQuantity?: components["schemas"]["DecimalString"];
            };
        } | {
            OrderUpdated: {
                newOrder: components["schemas"]["HistoryOrder"];
                oldOrder: components["schemas"]["HistoryOrder"];
                reason: string;
                reducedQuantity?: components["schemas"]["DecimalString"];
            };
        } | {
            OrderRejected: {
                order: components["schemas"]["HistoryOrder"];
                orderError: string;
                reason: string;
            };
        } | {
            OrderCancelled: {
                order: components["schemas"]["HistoryOrder"];
                reason: string;
            };
        } | {
            OrderNotFound: {
                /** Format: uuid */
                accountUid: string;
                orderId: string;
            };
        } | {
            OrderEditRejected: {
                attemptedOrder: components["schemas"]["HistoryOrder"];
                oldOrder: components["schemas"]["HistoryOrder"];
                orderError: string;
            };
        };
        /** @description A trigger (stop, take-profit, trailing-stop) order in the history. */
        HistoryTrigger: {
            accountId?: number;
            /** Format: uuid */
            accountUid?: string;
            clientId?: string;
            /** @enum {string} */
            direction: "Buy" | "Sell" | "unknown";
            lastUpdateTimestamp: components["schemas"]["TimestampMilliseconds"];
            limitPrice?: components["schemas"]["DecimalString"];
            orderType: string;
            quantity: components["schemas"]["DecimalString"];
            reduceOnly: boolean;
            timestamp: components["schemas"]["TimestampMilliseconds"];
            tradeable: string;
            triggerOptions: {
                limitPriceOffset?: {
                    priceOffset: components["schemas"]["DecimalString"];
                    /** @enum {string} */
                    unit: "Percent" | "QuoteCurrency" | "unknown";
                } | null;
                trailingStopOptions?: {
                    maxDeviation: components["schemas"]["DecimalString"];
                    /** @enum {string} */
                    unit: "Percent" | "QuoteCurrency" | "unknown";
                } | null;
                triggerPrice: components["schemas"]["DecimalString"];
                /** @enum {string} */
                triggerSide: "Above" | "Below" | "unknown";
                /** @enum {string} */
                triggerSignal: "MarkPrice" | "LastPrice" | "SpotPrice" | "unknown";
            };
            /** Format: uuid */
            uid: string;
        };
        /** @description Exactly one member, naming what happened. */
        HistoryTriggerEvent: {
            OrderTriggerPlaced: {
                order: components["schemas"]["HistoryTrigger"];
                reason: string;
            };
        } | {
            OrderTriggerCancelled: {
                order: components["schemas"]["HistoryTrigger"];
                reason: string;
            };
        } | {
            OrderTriggerUpdated: {
                newOrderTrigger: components["schemas"]["HistoryTrigger"];
                oldOrderTrigger: components["schemas"]["HistoryTrigger"];
                reason: string;
            };
        } | {
            OrderTriggerActivated: {
                order: components["schemas"]["HistoryTrigger"];
            };
        } | {
            OrderTriggerEditRejected: {
                attemptedOrderTrigger: components["schemas"]["HistoryTrigger"];
                oldOrderTrigger: components["schemas"]["HistoryTrigger"];
                orderError: string;
                reason: string;
            };
        };
        /** @description An index (`in_...`) or reference rate (`rr_...`). */
        IndexTicker: {
            last?: components["schemas"]["ExactNumber"];
            /** Format: date-time */
            lastTime?: string;
            symbol: string;
        };
        /** @description A listed market or index. */
        Instrument: {
            base?: string;
            category?: string;
            contractSize?: components["schemas"]["ExactNumber"];
            /** @description Decimal places of tradable sizes (may be negative). */
            contractValueTradePrecision?: number;
            feeScheduleUid?: string;
            fundingRateCoefficient?: components["schemas"]["ExactNumber"];
            impactMidSize?: components["schemas"]["ExactNumber"];
            isin?: string;
            /** Format: date-time */
            lastTradingTime?: string;
            marginLevels?: components["schemas"]["MarginLevel"][];
            marginSchedules?: {
                [key: string]: {
                    professional: components["schemas"]["MarginLevel"][];
                    retail: components["schemas"]["MarginLevel"][];
                };
            };
            maxPositionSize?: components["schemas"]["ExactNumber"];
            maxRelativeFundingRate?: components["schemas"]["ExactNumber"];
            mtf?: boolean;
            /** Format: date-time */
            openingDate?: string;
            pair?: string;
            postOnly?: boolean;
            quote?: string;
            retailMarginLevels?: components["schemas"]["MarginLevel"][];
            symbol: string;
            tags?: string[];
            tickSize?: components["schemas"]["ExactNumber"];
            tradeable: boolean;
            tradfi: boolean;
            /** @enum {string} */
            type?: "flexible_futures" | "futures_inverse" | "futures_vanilla";
            underlying?: string;
            underlyingFuture?: string;
        };
        InstrumentsStatusResponse: components["schemas"]["SuccessEnvelope"] & {
            instrumentStatus: components["schemas"]["InstrumentStatus"][];
        };
        InstrumentStatus: {
            experiencingDislocation: boolean;
            experiencingExtremeVolatility: boolean;
            extremeVolatilityInitialMarginMultiplier: number;
            /** @enum {string|null} */
            priceDislocationDirection: "ABOVE_UPPER_BOUND" | "BELOW_LOWER_BOUND" | null;
            /** @description Market. */
            tradeable: string;
        };
        InstrumentStatusResponse: components["schemas"]["SuccessEnvelope"] & components["schemas"]["InstrumentStatus"];
        /** @enum {string} */
        KeyAccessLevel: "NO_ACCESS" | "READ_ONLY" | "FULL_ACCESS";
        LiquidityPoolStatsResponse: components["schemas"]["AnalyticsAnswer"];
        ListSubaccountsResponse: components["schemas"]["SuccessEnvelope"] & {
            masterAccountUid: string;
            subaccounts: components["schemas"]["Subaccount"][];
        };
        /** @description A single-collateral margin account. */
        MarginAccount: {
            auxiliary: {
                /** @description Available funds. */
                af: components["schemas"]["ExactNumber"];
                funding: components["schemas"]["ExactNumber"];
                /** @description PnL of open positions. */
                pnl: components["schemas"]["ExactNumber"];
                /** @description Portfolio value. */
                pv: components["schemas"]["ExactNumber"];
                usd: components["schemas"]["ExactNumber"];
            };
            /** @description Collateral and contract balances, keyed by currency or contract. */
            balances: {
                [key: string]: components["schemas"]["ExactNumber"] | components["schemas"]["DecimalString"];
            };
            /** @description Collateral currency. */
            currency: string;
            marginRequirements: components["schemas"]["MarginFigures"];
            triggerEstimates: components["schemas"]["MarginFigures"];
            /** @constant */
            type: "marginAccount";
        };
        MarginFigures: {
            /** @description Initial margin. */
            im: components["schemas"]["ExactNumber"];
            /** @description Liquidation threshold. */
            lt: components["schemas"]["ExactNumber"];
            /** @description Maintenance margin. */
            mm: components["schemas"]["ExactNumber"];
            /** @description Termination threshold. */
            tt: components["schemas"]["ExactNumber"];
        };
        MarginLevel: {
            /** @description Position size (in contracts) from which the level applies. */
            contracts?: components["schemas"]["ExactNumber"] | null;
            initialMargin: components["schemas"]["ExactNumber"];
            maintenanceMargin: components["schemas"]["ExactNumber"];
            /** @description Position size (in quote currency) from which the level applies. */
            numNonContractUnits?: components["schemas"]["ExactNumber"] | null;
        };
        MarketAnalyticsResponse: components["schemas"]["AnalyticsAnswer"];
        MarketTicker: {
            ask?: components["schemas"]["ExactNumber"];
            askSize?: components["schemas"]["ExactNumber"];
            bid?: components["schemas"]["ExactNumber"];
            bidSize?: components["schemas"]["ExactNumber"];
            /** @description 24-hour change in percent. */
            change24h: components["schemas"]["ExactNumber"];
            extrinsicValue?: components["schemas"]["ExactNumber"];
            fundingRate?: components["schemas"]["ExactNumber"];
            fundingRatePrediction?: components["schemas"]["ExactNumber"];
            greeks?: components["schemas"]["OptionGreeks"];
            high24h?: components["schemas"]["ExactNumber"];
            indexPrice: components["schemas"]["ExactNumber"];
            isUnderlyingMarketClosed?: boolean;
            last?: components["schemas"]["ExactNumber"];
            lastSize?: components["schemas"]["ExactNumber"];
            lastTime?: string;
            low24h?: components["schemas"]["ExactNumber"];
            markPrice: components["schemas"]["ExactNumber"];
            open24h?: components["schemas"]["ExactNumber"];
            openInterest: components["schemas"]["ExactNumber"];
            pair: string;
            postOnly: boolean;
            suspended: boolean;
            symbol: string;
            /** @enum {string} */
            tag: "perpetual" | "month" | "quarter" | "semiannual";
            /** @description 24-hour volume in contracts. */
            vol24h: components["schemas"]["ExactNumber"];
            /** @description 24-hour volume in the quote currency. */
            volumeQuote: components["schemas"]["ExactNumber"];
        };
        Notification: {
            effectiveTime: string;
            expectedDowntimeMinutes?: number;
            note: string;
            /** @enum {string} */
            priority: "low" | "medium" | "high";
            /** @enum {string} */
            type: "new_feature" | "bug_fix" | "settlement" | "general" | "maintenance" | "market";
        };
        OpenOrder: {
            cliOrdId?: string;
            filledSize: components["schemas"]["ExactNumber"];
            /** Format: date-time */
            lastUpdateTime: string;
            limitPrice?: components["schemas"]["ExactNumber"];
            /** Format: uuid */
            order_id: string;
            /** @enum {string} */
            orderType: "lmt" | "stop" | "take_profit";
            /** Format: date-time */
            receivedTime: string;
            reduceOnly: boolean;
            side: components["schemas"]["Side"];
            /** @enum {string} */
            status: "untouched" | "partiallyFilled";
            stopPrice?: components["schemas"]["ExactNumber"];
            symbol: string;
            /** @enum {string} */
            triggerSignal?: "mark" | "last" | "spot";
            unfilledSize?: components["schemas"]["ExactNumber"];
        };
        OpenPosition: {
            fillTime: string;
            greeks?: components["schemas"]["OptionGreeks"];
            /** @description Leverage of an isolated position. */
            maxFixedLeverage?: components["schemas"]["ExactNumber"] | null;
            /**
             * @description Currency realised profit is paid in (default USD).
             * @enum {string|null}
             */
            pnlCurrency?: "USD" | "EUR" | "GBP" | "USDC" | "USDT" | "BTC" | "ETH" | null;
            /** @description Average entry price. */
            price: components["schemas"]["ExactNumber"];
            /** @enum {string} */
            side: "long" | "short";
            size: components["schemas"]["ExactNumber"];
            symbol: string;
            unrealizedFunding?: components["schemas"]["ExactNumber"] | null;
        };
        OptionGreeks: {
            delta: components["schemas"]["ExactNumber"];
            gamma?: components["schemas"]["ExactNumber"] | null;
            /** @description Implied volatility (-1 when it cannot be computed). */
            iv: components["schemas"]["ExactNumber"];
            rho?: components["schemas"]["ExactNumber"] | null;
            theta?: components["schemas"]["ExactNumber"] | null;
            vega?: components["schemas"]["ExactNumber"] | null;
        };
        OrderCancelledEvent: {
            /** @description The order as cancelled. */
            order?: components["schemas"]["OrderSnapshot"] | null;
            /** @constant */
            type: "CANCEL";
            /** @description Id of the cancelled order. */
            uid: string;
        };
        OrderEditedEvent: {
            new: components["schemas"]["OrderSnapshot"];
            old: components["schemas"]["OrderSnapshot"];
            /** @description Size removed from a reduce-only order; null otherwise. */
            reducedQuantity?: components["schemas"]["ExactNumber"] | null;
            /** @constant */
            type: "EDIT";
        };
        /**
         * @description Why the engine refused or stopped an order.
         * @enum {string}
         */
        OrderError: "MARKET_SUSPENDED" | "MARKET_NOT_FOUND" | "INVALID_PRICE" | "INVALID_QUANTITY" | "SMALL_ORDER_LIMIT_EXCEEDED" | "INSUFFICIENT_MARGIN" | "WOULD_CAUSE_LIQUIDATION" | "CLIENT_ORDER_ID_IN_USE" | "CLIENT_ORDER_ID_TOO_LONG" | "MAX_POSITION_EXCEEDED" | "PRICE_COLLAR" | "PRICE_DISLOCATION" | "EDIT_HAS_NO_EFFECT" | "ORDER_FOR_CANCELLATION_NOT_FOUND" | "ORDER_FOR_EDIT_NOT_FOUND" | "ORDER_CANNOT_HAVE_TRIGGER_PRICE" | "POST_WOULD_EXECUTE" | "IOC_WOULD_NOT_EXECUTE" | "WOULD_EXECUTE_SELF" | "WOULD_NOT_REDUCE_POSITION" | "REJECTED_AFTER_EXECUTION" | "MARKET_IS_POST_ONLY" | "ORDER_LIMIT_EXCEEDED" | "FIXED_LEVERAGE_TOO_HIGH" | "CANNOT_EDIT_TRIGGER_PRICE_OF_TRAILING_STOP" | "CANNOT_EDIT_LIMIT_PRICE_OF_TRAILING_STOP" | "TRAILING_STOP_ORDER_LIMIT_EXCEEDED" | "TRAILING_STOP_PERCENT_DEVIATION_EXCEEDS_MAX_DECIMAL_PLACES" | "TRAILING_STOP_QUOTE_DEVIATION_NOT_MULTIPLE_OF_TICK_SIZE" | "TRAILING_STOP_MAX_DEVIATION_TOO_LARGE" | "TRAILING_STOP_MAX_DEVIATION_TOO_SMALL" | "INSUFFICIENT_HEADROOM_AROUND_CURRENT_PRICE_TO_EDIT_TRAILING_STOP" | "NO_REFERENCE_PRICE_AVAILABLE_FOR_CALCULATING_TRAILING_STOP_TRIGGER_PRICE" | "INSUFFICIENT_CLOSING_MARGIN" | "LIMIT_PRICE_SET_AS_ABSOLUTE_AND_RELATIVE" | "LIMIT_PRICE_OFFSET_VALUE_INVALID" | "LIMIT_PRICE_OFFSET_UNIT_INVALID" | "LIMIT_PRICE_OFFSET_MUST_HAVE_VALUE_AND_UNIT" | "LIMIT_PRICE_OFFSET_QUOTE_CURRENCY_VALUE_MUST_BE_MULTIPLE_OF_TICK_SIZE" | "LIMIT_PRICE_OFFSET_PERCENT_VALUE_TOO_MANY_DECIMAL_PLACES" | "LIMIT_PRICE_OFFSET_TOO_HIGH" | "LIMIT_PRICE_OFFSET_TOO_LOW";
        /** @description What happened to an order as a result of the request. */
        OrderEvent: components["schemas"]["OrderPlacedEvent"] | components["schemas"]["OrderCancelledEvent"] | components["schemas"]["OrderEditedEvent"] | components["schemas"]["OrderRejectedEvent"] | components["schemas"]["OrderExecutedEvent"] | components["schemas"]["TriggerPlacedEvent"] | components["schemas"]["TriggerCancelledEvent"] | components["schemas"]["TriggerRejectedEvent"];
        OrderExecutedEvent: {
            /** @description Executed size. */
            amount: components["schemas"]["ExactNumber"];
            /**
             * Format: uuid
             * @description Id of the execution.
             */
            executionId: string;
            /** @description The order before the edit that made it execute, if any. */
            orderPriorEdit?: components["schemas"]["OrderSnapshot"] | null;
            orderPriorExecution: components["schemas"]["OrderSnapshot"];
            /** @description Execution price. */
            price: components["schemas"]["ExactNumber"];
            /** @description Size removed from a reduce-only taker order before execution; null otherwise. */
            takerReducedQuantity?: components["schemas"]["ExactNumber"] | null;
            /** @constant */
            type: "EXECUTION";
        };
        /** @description An order's Kraken id and client id. */
        OrderIdPair: {
            cliOrdId?: string | null;
            /** Format: uuid */
            order_id: string;
        };
        OrderPlacedEvent: {
            order: components["schemas"]["OrderSnapshot"];
            /** @description Size removed to keep a reduce-only order reducing; null otherwise. */
            reducedQuantity?: components["schemas"]["ExactNumber"] | null;
            /** @constant */
            type: "PLACE";
        };
        OrderRejectedEvent: {
            order?: components["schemas"]["OrderSnapshot"] | null;
            reason: components["schemas"]["OrderError"];
            /** @constant */
            type: "REJECT";
            uid: string;
        };
        /** @description An order as the matching engine holds it. */
        OrderSnapshot: {
            /** @description Client order id, when one was given. */
            cliOrdId?: string | null;
            /** @description Size filled so far. */
            filled: components["schemas"]["ExactNumber"];
            /** @description When the order last changed. */
            lastUpdateTimestamp: string;
            /** @description Limit price. */
            limitPrice: components["schemas"]["ExactNumber"];
            /** @description Kraken's order id. */
            orderId: string;
            /** @description Order size. */
            quantity: components["schemas"]["ExactNumber"];
            /** @description Whether the order may only reduce a position. */
            reduceOnly: boolean;
            side: components["schemas"]["Side"];
            /** @description Market. */
            symbol: string;
            /** @description When the order was placed. */
            timestamp: string;
            /**
             * @description Order type in the matching engine.
             * @enum {string}
             */
            type: "lmt" | "ioc" | "post" | "liquidation" | "assignment" | "stp" | "unwind" | "block" | "fok";
        };
        /** @description One order's state: open, or filled/cancelled within the last 5 seconds. */
        OrderStatusEntry: {
            error?: components["schemas"]["OrderError"] | null;
            order: {
                algoId?: string | null;
                cliOrdId?: string | null;
                filled?: components["schemas"]["ExactNumber"] | null;
                lastUpdateTimestamp: string;
                limitPrice?: components["schemas"]["ExactNumber"] | null;
                /** Format: uuid */
                orderId: string;
                priceTriggerOptions?: {
                    triggerPrice: components["schemas"]["ExactNumber"];
                    /** @enum {string} */
                    triggerSide: "TRIGGER_ABOVE" | "TRIGGER_BELOW";
                    /** @enum {string} */
                    triggerSignal: "MARK_PRICE" | "LAST_PRICE" | "SPOT_PRICE";
                } | null;
                quantity?: components["schemas"]["ExactNumber"] | null;
                reduceOnly: boolean;
                side: string;
                symbol: string;
                timestamp: string;
                triggerTime?: string | null;
                /** @enum {string} */
                type: "TRIGGER_ORDER" | "ORDER";
            };
            /** @enum {string} */
            status: "ENTERED_BOOK" | "FULLY_EXECUTED" | "REJECTED" | "CANCELLED" | "TRIGGER_PLACED" | "TRIGGER_ACTIVATION_FAILURE";
            updateReason?: ("LOADING_MARKET" | "NEW_USER_ORDER" | "LIQUIDATION_ORDER" | "STOP_ORDER_TRIGGERED" | "LIMIT_FROM_STOP" | "PARTIAL_FILL" | "FULL_FILL" | "CANCELLED_BY_USER" | "CONTRACT_EXPIRED" | "NOT_ENOUGH_MARGIN" | "MARKET_INACTIVE" | "DEAD_MAN_SWITCH" | "CANCELLED_BY_ADMIN" | "POST_WOULD_EXECUTE_REASON" | "IOC_WOULD_NOT_EXECUTE_REASON" | "WOULD_EXECUTE_SELF_REASON" | "WOULD_NOT_REDUCE_POSITION" | "EDITED_BY_USER" | "ORDER_FOR_EDIT_NOT_FOUND_REASON" | "EXPIRED" | "TRAILING_STOP_PRICE_UPDATED" | "TRAILING_STOP_CANCELLED_AND_REPLACED_BY_ADMIN") | null;
        };
        PlaceRfqOfferResponse: components["schemas"]["SuccessEnvelope"] & {
            /** Format: uuid */
            offerUid: string;
        };
        /** @description How a portfolio margin figure is made up. */
        PortfolioMarginBreakdown: {
            futuresMaintenanceMargin: components["schemas"]["ExactNumber"];
            isBuyOnly: boolean;
            netPortfolioDelta: components["schemas"]["ExactNumber"];
            totalAbsoluteOptionPositionDeltaNotional: components["schemas"]["ExactNumber"];
            totalCrossAssetNettedMarketRisk: components["schemas"]["ExactNumber"];
            totalMarketRisk: components["schemas"]["ExactNumber"];
            totalPremium: components["schemas"]["ExactNumber"];
            totalScenarioPnls?: components["schemas"]["ExactNumber"][];
        };
        /** @description A hypothetical portfolio. */
        PortfolioSimulationRequest: {
            positions: {
                /** @description Entry price. */
                entryPrice: components["schemas"]["DecimalInput"];
                /** @description Market, e.g. `PF_XBTUSD`. */
                instrument: string;
                /** @description Position size (negative for short). */
                size: components["schemas"]["DecimalInput"];
            }[];
        };
        PositionUpdate: {
            accountUid: string;
            executionPrice?: components["schemas"]["DecimalString"];
            executionSize?: components["schemas"]["DecimalString"];
            executionUid?: string;
            fee?: components["schemas"]["DecimalString"];
            feeCurrency?: string;
            /** @description Unix time in milliseconds. */
            fillTime?: number | null;
            /** @description Unix time in milliseconds. */
            fundingRealizationTime?: number;
            newAverageEntryPrice: components["schemas"]["DecimalString"];
            newPosition: components["schemas"]["DecimalString"];
            oldAverageEntryPrice?: components["schemas"]["DecimalString"] | null;
            oldPosition: components["schemas"]["DecimalString"];
            /** @enum {string} */
            positionChange: "open" | "close" | "increase" | "decrease" | "reverse" | "noChange" | "unknown";
            realizedFunding?: components["schemas"]["DecimalString"];
            realizedPnL?: components["schemas"]["DecimalString"];
            settlementPrice?: components["schemas"]["DecimalString"];
            timestamp: components["schemas"]["TimestampMilliseconds"];
            tradeable: string;
            /** @enum {string} */
            tradeType?: "userExecution" | "liquidation" | "assignment" | "unwind" | "unknown";
            /** @enum {string} */
            updateReason: "trade" | "fundingRealisation" | "settlement" | "unknown";
        };
        /**
         * Format: date-time
         * @description Refuse the request if Kraken processes it after this time (ISO 8601).
         */
        ProcessBefore: string;
        /** @description A public trade, with the transparency fields Kraken adds for regulated markets. */
        PublicTrade: {
            execution_venue?: string;
            instrument_identification_type?: string;
            isin?: string;
            notional_amount?: components["schemas"]["ExactNumber"];
            notional_currency?: string;
            price: components["schemas"]["ExactNumber"];
            price_currency?: string;
            price_notation?: string;
            publication_time?: string;
            publication_venue?: string;
            /** @description Taker side. */
            side?: string;
            /** @description Size (Kraken's spec says a string). */
            size?: components["schemas"]["ExactNumber"] | components["schemas"]["DecimalString"];
            time: string;
            to_be_cleared?: boolean;
            trade_id?: number;
            transaction_identification_code?: string;
            /** @enum {string} */
            type?: "fill" | "liquidation" | "assignment" | "termination" | "block";
            uid?: string;
        };
        ReplaceRfqOfferResponse: components["schemas"]["SuccessEnvelope"];
        ResolutionsResponse: components["schemas"]["CandleResolution"][];
        Rfq: {
            /** Format: date-time */
            expiry: string;
            legs: components["schemas"]["RfqLeg"][];
            markPrice: components["schemas"]["ExactNumber"];
            /** Format: uuid */
            rfqUid: string;
        };
        RfqLeg: {
            markPrice: components["schemas"]["ExactNumber"];
            size: components["schemas"]["ExactNumber"];
            symbol: string;
        };
        RfqOffer: {
            ask?: components["schemas"]["ExactNumber"] | components["schemas"]["DecimalString"];
            bid?: components["schemas"]["ExactNumber"] | components["schemas"]["DecimalString"];
            /** Format: date-time */
            lastUpdateDate: string;
            /** Format: date-time */
            placementDate: string;
            /** Format: uuid */
            rfqUid: string;
            /** Format: uuid */
            uid: string;
        };
        /** @description Give at least one of `bid` and `ask`. */
        RfqOfferRequest: {
            /** @description Ask price in USD. */
            ask?: components["schemas"]["DecimalInput"];
            /** @description Bid price in USD. */
            bid?: components["schemas"]["DecimalInput"];
        };
        /**
         * @description `REJECT_TAKER` (default): refuse the taker order that would meet a maker order of any account of the group. `CANCEL_MAKER_SELF`: cancel the maker order only when it is the same account's. `CANCEL_MAKER_CHILD`: a master account may cancel its own and its subaccounts' maker orders. `CANCEL_MAKER_ANY`: master and subaccounts may cancel each other's maker orders.
         * @enum {string}
         */
        SelfTradeStrategy: "REJECT_TAKER" | "CANCEL_MAKER_SELF" | "CANCEL_MAKER_CHILD" | "CANCEL_MAKER_ANY";
        SendBatchOrderResponse: components["schemas"]["SuccessEnvelope"] & {
            /** @description One result per instruction. */
            batchStatus: components["schemas"]["BatchResult"][];
        };
        SendOrderResponse: components["schemas"]["SuccessEnvelope"] & {
            sendStatus: components["schemas"]["SendStatus"];
        };
        /**
         * @description `placed` on success; anything else names why nothing was placed.
         * @enum {string}
         */
        SendOrderStatus: "placed" | "partiallyFilled" | "filled" | "cancelled" | "edited" | "marketSuspended" | "marketInactive" | "invalidPrice" | "invalidSize" | "tooManySmallOrders" | "insufficientAvailableFunds" | "wouldCauseLiquidation" | "clientOrderIdAlreadyExist" | "clientOrderIdTooBig" | "maxPositionViolation" | "outsidePriceCollar" | "wouldIncreasePriceDislocation" | "notFound" | "orderForEditNotAStop" | "orderForEditNotFound" | "postWouldExecute" | "iocWouldNotExecute" | "selfFill" | "wouldNotReducePosition" | "marketIsPostOnly" | "tooManyOrders" | "fixedLeverageTooHigh" | "clientOrderIdInvalid" | "cannotEditTriggerPriceOfTrailingStop" | "cannotEditLimitPriceOfTrailingStop" | "wouldProcessAfterSpecifiedTime";
        /**
         * @description Order type as sent to `sendorder` and in batch instructions.
         * @enum {string}
         */
        SendOrderType: "lmt" | "post" | "ioc" | "mkt" | "stp" | "take_profit" | "trailing_stop" | "fok";
        /** @description Outcome of a sendorder request. Only `placed` means the order was accepted. */
        SendStatus: {
            /** @description Client order id, when one was given. */
            cliOrdId?: string;
            /**
             * Format: uuid
             * @description Kraken's id of the order.
             */
            order_id?: string;
            orderEvents?: components["schemas"]["OrderEvent"][];
            /**
             * Format: date-time
             * @description When Kraken received the order.
             */
            receivedTime?: string;
            status: components["schemas"]["SendOrderStatus"];
        };
        /**
         * Format: date-time
         * @description Kraken's time when it answered (ISO 8601, UTC, milliseconds).
         */
        ServerTime: string;
        SetLeverageSettingResponse: components["schemas"]["SuccessEnvelope"];
        SetPnlCurrencyPreferenceResponse: components["schemas"]["SuccessEnvelope"];
        SetSelfTradeStrategyResponse: components["schemas"]["SuccessEnvelope"] & {
            strategy: components["schemas"]["SelfTradeStrategy"];
        };
        /** @enum {string} */
        Side: "buy" | "sell";
        SimulatePortfolioResponse: components["schemas"]["SuccessEnvelope"] & {
            /** @description Greeks per option position. */
            greeks: {
                [key: string]: components["schemas"]["OptionGreeks"];
            };
            initialMargin: components["schemas"]["ExactNumber"];
            maintenanceMargin: components["schemas"]["ExactNumber"];
            pnl: components["schemas"]["ExactNumber"];
            portfolioMarginBreakdown: components["schemas"]["PortfolioMarginBreakdown"];
        };
        Subaccount: {
            accountUid: string;
            email: string;
            flexAccount: components["schemas"]["FlexAccountSummary"];
            fullName: string | null;
            futuresAccounts: {
                availableMargin: components["schemas"]["ExactNumber"];
                name: string;
            }[];
            holdingAccounts: {
                amount: components["schemas"]["ExactNumber"];
                currency: string;
            }[];
        };
        SubAccountTransferResponse: components["schemas"]["SuccessEnvelope"];
        /** @description What every successful /derivatives answer carries besides its own fields. */
        SuccessEnvelope: {
            /** @constant */
            result: "success";
            serverTime?: components["schemas"]["ServerTime"];
        };
        SymbolsResponse: string[];
        Ticker: components["schemas"]["MarketTicker"] | components["schemas"]["IndexTicker"];
        /**
         * @description Which price the candles follow: index (`spot`), mark price, or trades.
         * @enum {string}
         */
        TickType: "spot" | "mark" | "trade";
        TickTypesResponse: components["schemas"]["TickType"][];
        /**
         * Format: int64
         * @description Unix time in milliseconds.
         */
        TimestampMilliseconds: number;
        TransferResponse: components["schemas"]["SuccessEnvelope"];
        TriggerCancelledEvent: {
            orderTrigger: components["schemas"]["TriggerOrderSnapshot"] | null;
            /** @constant */
            type: "CANCEL";
            uid: string;
        };
        /** @description A stop, take-profit or trailing-stop order waiting for its trigger. */
        TriggerOrderSnapshot: {
            /** @description Client order id, when one was given. */
            clientId?: string | null;
            /** @description When it last changed. */
            lastUpdateTimestamp: string;
            /** @description Limit price once triggered. */
            limitPrice?: components["schemas"]["ExactNumber"] | null;
            /** @description Order size. */
            quantity?: components["schemas"]["ExactNumber"] | null;
            reduceOnly: boolean;
            side: components["schemas"]["Side"];
            startTime?: string | null;
            /** @description Market. */
            symbol: string;
            /** @description When the trigger was placed. */
            timestamp: string;
            /** @description Trigger price. */
            triggerPrice?: components["schemas"]["ExactNumber"] | null;
            /**
             * @description Fires when the signal rises above or falls below the trigger price.
             * @enum {string|null}
             */
            triggerSide?: "trigger_above" | "trigger_below" | null;
            /**
             * @description Price the trigger watches.
             * @enum {string|null}
             */
            triggerSignal?: "mark_price" | "last_price" | "spot_price" | null;
            /** @enum {string} */
            type: "lmt" | "ioc" | "post" | "liquidation" | "assignment" | "stp" | "unwind" | "fok";
            /** @description Kraken's id of the trigger order. */
            uid: string;
        };
        TriggerPlacedEvent: {
            orderTrigger: components["schemas"]["TriggerOrderSnapshot"];
            /** @constant */
            type: "PLACE";
        };
        TriggerRejectedEvent: {
            orderTrigger: components["schemas"]["TriggerOrderSnapshot"] | null;
            reason: components["schemas"]["OrderError"];
            /** @constant */
            type: "REJECT";
            uid: string;
        };
        /**
         * @description The price a trigger order watches: mark price, index price or last trade.
         * @enum {string}
         */
        TriggerSignal: "mark" | "index" | "last";
        UpdateSubaccountTradingCapabilityResponse: {
            /** @constant */
            result?: "success";
            serverTime?: components["schemas"]["ServerTime"];
            tradingEnabled: boolean;
        };
        WithdrawalResponse: components["schemas"]["SuccessEnvelope"] & {
            /** @description Id of the withdrawal. */
            uid: string;
        };
    };
    responses: never;
    parameters: {
        /** @description End, Unix time in milliseconds. */
        HistoryBefore: components["schemas"]["TimestampMilliseconds"];
        /** @description The `continuationToken` of the previous page (opaque, base64); keep `sort` the same to continue in the same direction. */
        HistoryContinuationToken: string;
        /** @description At most this many events (Kraken also applies a global cap). */
        HistoryCount: number;
        /** @description Start, Unix time in milliseconds. */
        HistorySince: components["schemas"]["TimestampMilliseconds"];
        /** @description `asc` oldest first, `desc` newest first. */
        HistorySort: "asc" | "desc";
        /** @description Refuse the request if Kraken processes it after this time (ISO 8601). */
        ProcessBefore: components["schemas"]["ProcessBefore"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkV3ApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckV3ApiKeyResponse"];
                };
            };
        };
    };
    tickTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TickTypesResponse"];
                };
            };
        };
    };
    symbols: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tick type. */
                tick_type: components["schemas"]["TickType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SymbolsResponse"];
                };
            };
        };
    };
    resolutions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Market, e.g. `PF_XBTUSD`. */
                symbol: string;
                /** @description Tick type. */
                tick_type: components["schemas"]["TickType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionsResponse"];
                };
            };
        };
    };
    candles: {
        parameters: {
            query?: {
                /** @description How many candles. */
                count?: number;
                /** @description Start, Unix time in seconds. */
                from?: number;
                /** @description End, Unix time in seconds. */
                to?: number;
            };
            header?: never;
            path: {
                /** @description Candle width. */
                resolution: components["schemas"]["CandleResolution"];
                /** @description Market, e.g. `PF_XBTUSD`. */
                symbol: string;
                /** @description Tick type. */
                tick_type: components["schemas"]["TickType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandlesResponse"];
                };
            };
        };
    };
    marketAnalytics: {
        parameters: {
            query: {
                /** @description Bucket width in seconds. */
                interval: components["schemas"]["AnalyticsInterval"];
                /** @description Start, Unix time in seconds. */
                since: number;
                /** @description End, Unix time in seconds (default now). */
                to?: number;
            };
            header?: never;
            path: {
                /** @description Which series. */
                analytics_type: components["schemas"]["AnalyticsType"];
                /** @description Market, e.g. `PF_XBTUSD`. */
                symbol: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketAnalyticsResponse"];
                };
            };
        };
    };
    liquidityPoolStats: {
        parameters: {
            query: {
                /** @description Bucket width in seconds. */
                interval: components["schemas"]["AnalyticsInterval"];
                /** @description Start, Unix time in seconds. */
                since: number;
                /** @description End, Unix time in seconds (default now). */
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiquidityPoolStatsResponse"];
                };
            };
        };
    };
    accountLog: {
        parameters: {
            query?: {
                /** @description End, Unix time in milliseconds. */
                before?: components["schemas"]["TimestampMilliseconds"];
                /** @description Add exchange rate and conversion fee to conversion entries. */
                conversion_details?: boolean;
                /** @description How many entries (at most 100000). */
                count?: number;
                /** @description First entry id (inclusive); ids start at 1. */
                from?: number;
                /** @description Only entries of this kind. */
                info?: components["schemas"]["AccountLogInfo"];
                /** @description Start, Unix time in milliseconds. */
                since?: components["schemas"]["TimestampMilliseconds"];
                /** @description `asc` oldest first, `desc` newest first. */
                sort?: "asc" | "desc";
                /** @description Last entry id (inclusive). */
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountLogResponse"];
                };
            };
        };
    };
    accountLogCsv: {
        parameters: {
            query?: {
                /** @description Add exchange rate, its source currency and conversion fee to conversion rows. */
                conversion_details?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account log as CSV text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    getExecutionEvents: {
        parameters: {
            query?: {
                /** @description End, Unix time in milliseconds. */
                before?: components["parameters"]["HistoryBefore"];
                /** @description The `continuationToken` of the previous page (opaque, base64); keep `sort` the same to continue in the same direction. */
                continuation_token?: components["parameters"]["HistoryContinuationToken"];
                /** @description At most this many events (Kraken also applies a global cap). */
                count?: components["parameters"]["HistoryCount"];
                /** @description Start, Unix time in milliseconds. */
                since?: components["parameters"]["HistorySince"];
                /** @description `asc` oldest first, `desc` newest first. */
                sort?: components["parameters"]["HistorySort"];
                /** @description Only events of this market. */
                tradeable?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetExecutionEventsResponse"];
                };
            };
        };
    };
    getPublicExecutionEvents: {
        parameters: {
            query?: {
                /** @description End, Unix time in milliseconds. */
                before?: components["parameters"]["HistoryBefore"];
                /** @description The `continuationToken` of the previous page (opaque, base64); keep `sort` the same to continue in the same direction. */
                continuation_token?: components["parameters"]["HistoryContinuationToken"];
                /** @description At most this many events (Kraken also applies a global cap). */
                count?: components["parameters"]["HistoryCount"];
                /** @description Start, Unix time in milliseconds. */
                since?: components["parameters"]["HistorySince"];
                /** @description `asc` oldest first, `desc` newest first. */
                sort?: components["parameters"]["HistorySort"];
            };
            header?: never;
            path: {
                /** @description Market, e.g. `PF_XBTUSD`. */
                tradeable: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPublicExecutionEventsResponse"];
                };
            };
        };
    };
    getPublicOrderEvents: {
        parameters: {
            query?: {
                /** @description End, Unix time in milliseconds. */
                before?: components["parameters"]["HistoryBefore"];
                /** @description The `continuationToken` of the previous page (opaque, base64); keep `sort` the same to continue in the same direction. */
                continuation_token?: components["parameters"]["HistoryContinuationToken"];
                /** @description At most this many events (Kraken also applies a global cap). */
                count?: components["parameters"]["HistoryCount"];
                /** @description Start, Unix time in milliseconds. */
                since?: components["parameters"]["HistorySince"];
                /** @description `asc` oldest first, `desc` newest first. */
                sort?: components["parameters"]["HistorySort"];
            };
            header?: never;
            path: {
                /** @description Market, e.g. `PF_XBTUSD`. */
                tradeable: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPublicOrderEventsResponse"];
                };
            };
        };
    };
    getPublicPriceEvents: {
        parameters: {
            query?: {
                /** @description End, Unix time in milliseconds. */
                before?: components["parameters"]["HistoryBefore"];
                /** @description The `continuationToken` of the previous page (opaque, base64); keep `sort` the same to continue in the same direction. */
                continuation_token?: components["parameters"]["HistoryContinuationToken"];
                /** @description At most this many events (Kraken also applies a global cap). */
                count?: components["parameters"]["HistoryCount"];
                /** @description Start, Unix time in milliseconds. */
                since?: components["parameters"]["HistorySince"];
                /** @description `asc` oldest first, `desc` newest first. */
                sort?: components["parameters"]["HistorySort"];
            };
            header?: never;
            path: {
                /** @description Market, e.g. `PF_XBTUSD`. */
                tradeable: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPublicPriceEventsResponse"];
                };
            };
        };
    };
    getOrderEvents: {
        parameters: {
            query?: {
                /** @description End, Unix time in milliseconds. */
                before?: components["parameters"]["HistoryBefore"];
                /** @description Include orders closed, cancelled or rejected in the range (true) or leave them out (false). */
                closed?: boolean;
                /** @description The `continuationToken` of the previous page (opaque, base64); keep `sort` the same to continue in the same direction. */
                continuation_token?: components["parameters"]["HistoryContinuationToken"];
                /** @description At most this many events (Kraken also applies a global cap). */
                count?: components["parameters"]["HistoryCount"];
                /** @description Include orders placed in the range (true) or leave them out (false). */
                opened?: boolean;
                /** @description Start, Unix time in milliseconds. */
                since?: components["parameters"]["HistorySince"];
                /** @description `asc` oldest first, `desc` newest first. */
                sort?: components["parameters"]["HistorySort"];
                /** @description Only events of this market. */
                tradeable?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOrderEventsResponse"];
                };
            };
        };
    };
    getPositionEvents: {
        parameters: {
            query?: {
                /** @description End, Unix time in milliseconds. */
                before?: components["parameters"]["HistoryBefore"];
                /** @description Include position events that close a position. `false` has no effect. Filters of one group (opened/closed/increased/decreased/reversed/no_change, or trades/funding_realization/settlement) are OR-ed; the two groups are AND-ed; no filter at all means every event. */
                closed?: boolean;
                /** @description The `continuationToken` of the previous page (opaque, base64); keep `sort` the same to continue in the same direction. */
                continuation_token?: components["parameters"]["HistoryContinuationToken"];
                /** @description At most this many events (Kraken also applies a global cap). */
                count?: components["parameters"]["HistoryCount"];
                /** @description Include position events that decrease a position. `false` has no effect. Filters of one group (opened/closed/increased/decreased/reversed/no_change, or trades/funding_realization/settlement) are OR-ed; the two groups are AND-ed; no filter at all means every event. */
                decreased?: boolean;
                /** @description Include position events that come from realising funding. `false` has no effect. Filters of one group (opened/closed/increased/decreased/reversed/no_change, or trades/funding_realization/settlement) are OR-ed; the two groups are AND-ed; no filter at all means every event. */
                funding_realization?: boolean;
                /** @description Include position events that increase a position. `false` has no effect. Filters of one group (opened/closed/increased/decreased/reversed/no_change, or trades/funding_realization/settlement) are OR-ed; the two groups are AND-ed; no filter at all means every event. */
                increased?: boolean;
                /** @description Include position events that leave the size unchanged. `false` has no effect. Filters of one group (opened/closed/increased/decreased/reversed/no_change, or trades/funding_realization/settlement) are OR-ed; the two groups are AND-ed; no filter at all means every event. */
                no_change?: boolean;
                /** @description Include position events that open a position. `false` has no effect. Filters of one group (opened/closed/increased/decreased/reversed/no_change, or trades/funding_realization/settlement) are OR-ed; the two groups are AND-ed; no filter at all means every event. */
                opened?: boolean;
                /** @description Include position events that flip a position from long to short or back. `false` has no effect. Filters of one group (opened/closed/increased/decreased/reversed/no_change, or trades/funding_realization/settlement) are OR-ed; the two groups are AND-ed; no filter at all means every event. */
                reversed?: boolean;
                /** @description Include position events that come from a settlement. `false` has no effect. Filters of one group (opened/closed/increased/decreased/reversed/no_change, or trades/funding_realization/settlement) are OR-ed; the two groups are AND-ed; no filter at all means every event. */
                settlement?: boolean;
                /** @description Start, Unix time in milliseconds. */
                since?: components["parameters"]["HistorySince"];
                /** @description `asc` oldest first, `desc` newest first. */
                sort?: components["parameters"]["HistorySort"];
                /** @description Only events of this market. */
                tradeable?: string;
                /** @description Include position events that come from a trade. `false` has no effect. Filters of one group (opened/closed/increased/decreased/reversed/no_change, or trades/funding_realization/settlement) are OR-ed; the two groups are AND-ed; no filter at all means every event. */
                trades?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPositionEventsResponse"];
                };
            };
        };
    };
    getTriggerEvents: {
        parameters: {
            query?: {
                /** @description End, Unix time in milliseconds. */
                before?: components["parameters"]["HistoryBefore"];
                /** @description Include triggers closed, cancelled or rejected in the range (true) or leave them out (false). */
                closed?: boolean;
                /** @description The `continuationToken` of the previous page (opaque, base64); keep `sort` the same to continue in the same direction. */
                continuation_token?: components["parameters"]["HistoryContinuationToken"];
                /** @description At most this many events (Kraken also applies a global cap). */
                count?: components["parameters"]["HistoryCount"];
                /** @description Include triggers placed in the range (true) or leave them out (false). */
                opened?: boolean;
                /** @description Start, Unix time in milliseconds. */
                since?: components["parameters"]["HistorySince"];
                /** @description `asc` oldest first, `desc` newest first. */
                sort?: components["parameters"]["HistorySort"];
                /** @description Only events of this market. */
                tradeable?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTriggerEventsResponse"];
                };
            };
        };
    };
    getSelfMarketShare: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSelfMarketShareResponse"];
                };
            };
        };
    };
    getAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAccountsResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    addAssignmentProgram: {
        parameters: {
            query: {
                /** @description Accept long positions. */
                acceptLong: boolean;
                /** @description Accept short positions. */
                acceptShort: boolean;
                /** @description One contract; for `flex`, needed unless base and quote currencies are given. */
                contract?: string;
                /** @description Contract type of the preference (as named in `getAccounts`), e.g. `flex`. */
                contractType: string;
                /** @description Whether the preference is active. */
                enabled: boolean;
                /** @description Largest resulting position. */
                maxPosition?: components["schemas"]["DecimalInput"];
                /** @description Largest single assignment. */
                maxSize?: components["schemas"]["DecimalInput"];
                /** @description When the preference applies, e.g. `all` or `weekdays`. */
                timeFrame: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddAssignmentProgramResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getAssignmentProgramCurrent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAssignmentProgramCurrentResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteAssignmentProgram: {
        parameters: {
            query: {
                /** @description Id of the preference. */
                id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteAssignmentProgramResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getAssignmentProgramHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAssignmentProgramHistoryResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    sendBatchOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    json: components["schemas"]["BatchOrderRequest"];
                    processBefore?: components["schemas"]["ProcessBefore"];
                };
            };
        };
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendBatchOrderResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    cancelAllOrders: {
        parameters: {
            query?: {
                /** @description Only orders of this market (e.g. `PF_XBTUSD`) or margin account (e.g. `fi_xbtusd`). */
                symbol?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelAllOrdersResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    cancelAllOrdersAfter: {
        parameters: {
            query?: {
                /** @description Countdown in seconds; 0 disarms. */
                timeout?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelAllOrdersAfterResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: {
                /** @description The client order id given when the order was sent. */
                cliOrdId?: string;
                /** @description Kraken's id of the order. */
                order_id?: string;
                /** @description Refuse the request if Kraken processes it after this time (ISO 8601). */
                processBefore?: components["parameters"]["ProcessBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelOrderResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    editOrderSpring: {
        parameters: {
            query?: {
                /** @description The client order id of the order (or give `orderId`). */
                cliOrdId?: string;
                /** @description New limit price (a multiple of the market's tick size). */
                limitPrice?: components["schemas"]["DecimalInput"];
                /** @description Kraken's id of the order (or give `cliOrdId`). */
                orderId?: string;
                /** @description Refuse the request if Kraken processes it after this time (ISO 8601). */
                processBefore?: components["parameters"]["ProcessBefore"];
                /** @description `RELATIVE` (default): `size` is the new open size. `ABSOLUTE`: `size` is the new total size including what was already filled. */
                qtyMode?: "ABSOLUTE" | "RELATIVE";
                /** @description New size; see `qtyMode`. */
                size?: components["schemas"]["DecimalInput"];
                /** @description New trigger price of a stop order (for `stp` orders `limitPrice` is needed too). */
                stopPrice?: components["schemas"]["DecimalInput"];
                /** @description Unit of `trailingStopMaxDeviation`. */
                trailingStopDeviationUnit?: components["schemas"]["DeviationUnit"];
                /** @description Trailing stops only: how far the trigger price may trail the trigger signal before it moves. With unit `PERCENT`, 0.1 to 50. */
                trailingStopMaxDeviation?: components["schemas"]["DecimalInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditOrderSpringResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getFeeSchedulesV3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFeeSchedulesV3Response"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getUserFeeScheduleVolumesV3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUserFeeScheduleVolumesV3Response"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getFills: {
        parameters: {
            query?: {
                /** @description Return the 100 fills before this time (ISO 8601), for paging back. */
                lastFillTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFillsResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    historicalFundingRates: {
        parameters: {
            query: {
                /** @description Perpetual market, e.g. `PF_XBTUSD`. */
                symbol: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoricalFundingRatesResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getHistory: {
        parameters: {
            query: {
                /** @description Return the 100 trades before this time (ISO 8601). */
                lastTime?: string;
                /** @description Market, e.g. `PF_XBTUSD`. */
                symbol: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetHistoryResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getInstruments: {
        parameters: {
            query?: {
                /** @description Only instruments of these contract types (repeat the parameter for several: `contractType=futures_inverse&contractType=flexible_futures`). All types when absent. */
                contractType?: components["schemas"]["ContractType"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetInstrumentsResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    instrumentStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Market, e.g. `PF_XBTUSD`. */
                symbol: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentStatusResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    instrumentsStatus: {
        parameters: {
            query?: {
                /** @description Only instruments of these contract types (repeat the parameter for several: `contractType=futures_inverse&contractType=flexible_futures`). All types when absent. */
                contractType?: components["schemas"]["ContractType"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentsStatusResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getLeverageSetting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetLeverageSettingResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    setLeverageSetting: {
        parameters: {
            query: {
                /** @description Maximum leverage for isolated margin; omit for cross margin. */
                maxLeverage?: components["schemas"]["DecimalInput"];
                /** @description Market, e.g. `PF_XBTUSD`. */
                symbol: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetLeverageSettingResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetNotificationsResponse"] | components["schemas"]["ErrorEnvelope"];
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
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpenOrdersResponse"] | components["schemas"]["ErrorEnvelope"];
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
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpenPositionsResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getOrderbook: {
        parameters: {
            query: {
                /** @description Market, e.g. `PF_XBTUSD`. */
                symbol: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOrderbookResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getOrderStatus: {
        parameters: {
            query?: {
                /** @description Client order ids. */
                cliOrdIds?: string[];
                /** @description Kraken order or trigger ids. */
                orderIds?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOrderStatusResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getPnlCurrencyPreference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPnlCurrencyPreferenceResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    setPnlCurrencyPreference: {
        parameters: {
            query: {
                /** @description Currency code for realised profit, e.g. `USD` or `BTC`. */
                pnlPreference: string;
                /** @description Market, e.g. `PF_XBTUSD`. */
                symbol: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetPnlCurrencyPreferenceResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getPortfolioMarginingParameters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPortfolioMarginingParametersResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    simulatePortfolio: {
        parameters: {
            query: {
                /** @description The portfolio, as JSON text. */
                json: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulatePortfolioResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getAllOpenRfqs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAllOpenRfqsResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getSingleOpenRfq: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The RFQ's uid. */
                rfqUid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSingleOpenRfqResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    cancelRfqOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The RFQ's uid. */
                rfqUid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelRfqOfferResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    placeRfqOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The RFQ's uid. */
                rfqUid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RfqOfferRequest"];
            };
        };
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceRfqOfferResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    replaceRfqOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The RFQ's uid. */
                rfqUid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RfqOfferRequest"];
            };
        };
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaceRfqOfferResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getOpenRfqOffers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpenRfqOffersResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getSelfTradeStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSelfTradeStrategyResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    setSelfTradeStrategy: {
        parameters: {
            query: {
                /** @description What happens when your own orders would match. */
                strategy: components["schemas"]["SelfTradeStrategy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetSelfTradeStrategyResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    sendOrder: {
        parameters: {
            query: {
                /** @description Broker on whose behalf the order is sent (Kraken documented this for its demo environment only). */
                broker?: string;
                /** @description Your own id for the order, unique across the account. */
                cliOrdId?: string;
                /** @description Limit price; for `stp` and `take_profit`, the worst fill price once triggered (omit for a market order on trigger). Not for `trailing_stop`. */
                limitPrice?: components["schemas"]["DecimalInput"];
                /** @description Unit of `limitPriceOffsetValue`. */
                limitPriceOffsetUnit?: components["schemas"]["DeviationUnit"];
                /** @description Trigger orders only: limit price relative to `stopPrice`, fixed when the trigger fires (may be negative). Needs `limitPriceOffsetUnit`. */
                limitPriceOffsetValue?: components["schemas"]["DecimalInput"];
                /** @description `lmt` limit, `post` post-only limit, `mkt` immediate-or-cancel with 1% price protection, `ioc` immediate-or-cancel, `fok` fill-or-kill, `stp` stop, `take_profit`, `trailing_stop`. */
                orderType: components["schemas"]["SendOrderType"];
                /** @description Refuse the request if Kraken processes it after this time (ISO 8601). */
                processBefore?: components["parameters"]["ProcessBefore"];
                /** @description Only reduce a position: an order that would increase one is refused. Default false. */
                reduceOnly?: boolean;
                /** @description Buy or sell. */
                side: components["schemas"]["Side"];
                /** @description Size in contracts (contract sizes differ between markets). */
                size: components["schemas"]["DecimalInput"];
                /** @description Trigger price of `stp` and `take_profit` orders (required there); not for `trailing_stop`. */
                stopPrice?: components["schemas"]["DecimalInput"];
                /** @description Market, e.g. `PF_XBTUSD`. */
                symbol: string;
                /** @description Unit of `trailingStopMaxDeviation` (required for `trailing_stop`). */
                trailingStopDeviationUnit?: components["schemas"]["DeviationUnit"];
                /** @description Trailing stops only (then required): how far the trigger price may trail the trigger signal before it moves. With unit `PERCENT`, 0.1 to 50. */
                trailingStopMaxDeviation?: components["schemas"]["DecimalInput"];
                /** @description Price that fires `stp`, `take_profit` and `trailing_stop` orders: `mark`, `index` or `last` trade. */
                triggerSignal?: components["schemas"]["TriggerSignal"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendOrderResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getSubaccountTradingCapability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subaccount's uid. */
                subaccountUid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSubaccountTradingCapabilityResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateSubaccountTradingCapability: {
        parameters: {
            query: {
                /** @description True to allow trading. */
                tradingEnabled: boolean;
            };
            header?: never;
            path: {
                /** @description The subaccount's uid. */
                subaccountUid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSubaccountTradingCapabilityResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listSubaccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSubaccountsResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getTickers: {
        parameters: {
            query?: {
                /** @description Only instruments of these contract types (repeat the parameter for several: `contractType=futures_inverse&contractType=flexible_futures`). All types when absent. */
                contractType?: components["schemas"]["ContractType"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTickersResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getTicker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Market or index, e.g. `PF_XBTUSD`. */
                symbol: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTickerResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    transfer: {
        parameters: {
            query: {
                /** @description Amount to move (greater than 0). */
                amount: components["schemas"]["DecimalInput"];
                /** @description Wallet to debit, e.g. `fi_ethusd`, `cash`, `flex`. */
                fromAccount: string;
                /** @description Wallet to credit. */
                toAccount: string;
                /** @description Currency, e.g. `eth`. */
                unit: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    subAccountTransfer: {
        parameters: {
            query: {
                /** @description Amount to move. */
                amount: components["schemas"]["DecimalInput"];
                /** @description Wallet to debit. */
                fromAccount: string;
                /** @description Account to debit (this account or a subaccount). */
                fromUser: string;
                /** @description Wallet to credit. */
                toAccount: string;
                /** @description Account to credit. */
                toUser: string;
                /** @description Currency. */
                unit: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubAccountTransferResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getUnwindQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUnwindQueueResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    withdrawal: {
        parameters: {
            query: {
                /** @description Amount (greater than 0). */
                amount: components["schemas"]["DecimalInput"];
                /** @description Currency to move, e.g. `eth`. */
                currency: string;
                /** @description Wallet to debit; default `cash`. */
                sourceWallet?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success, or a refusal (`result: error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalResponse"] | components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}

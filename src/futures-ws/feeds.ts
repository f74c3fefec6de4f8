// The Derivatives WebSocket v1 feed names, public and private (challenge-signed): shared by the client
// and the simulator's v1 endpoint so both accept exactly the same feeds.
/** Feeds that need an API key and a signed challenge. */
export const V1_PRIVATE_FEEDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "open_orders",
  "open_orders_verbose",
  "open_positions",
  "balances",
  "fills",
  "account_log",
  "notifications_auth",
]);

/** Market-data feeds anyone may subscribe to. */
export const V1_PUBLIC_FEEDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "book",
  "ticker",
  "ticker_lite",
  "trade",
  "heartbeat",
]);

// The Derivatives WebSocket v1 feed names, public and private (challenge-signed), shared by the client
// and the simulator's v1 endpoint so both accept exactly the same feeds; and the client's check of them.
import { KrakenConfigError, KrakenValidationError } from "../errors/base.js";

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

/**
 * Checks a subscribe's feed and product_ids; returns the products to send (deduplicated for public
 * feeds, none for `heartbeat`, Kraken's optional filter for private feeds).
 * @throws KrakenValidationError for an unknown feed or bad product_ids
 * @throws KrakenConfigError for a private feed on a client without keys
 */
export function checkSubscribe(
  params: { readonly feed: string; readonly product_ids?: readonly string[] },
  hasKeys: boolean,
): string[] {
  const feed = params.feed;
  if (!V1_PUBLIC_FEEDS.has(feed) && !V1_PRIVATE_FEEDS.has(feed))
    throw new KrakenValidationError(`unknown Derivatives feed "${feed}"`, "feed");
  const list = "product_ids" in params ? params.product_ids : undefined;
  if (list !== undefined) {
    if (!Array.isArray(list) || list.some((p) => typeof p !== "string" || p.length === 0))
      throw new KrakenValidationError("product_ids must be non-empty strings", "product_ids");
  }
  if (V1_PRIVATE_FEEDS.has(feed)) {
    if (!hasKeys)
      throw new KrakenConfigError(`${feed} is a private feed: pass the Derivatives apiKey and apiSecret`);
    return list ? [...list] : [];
  }
  if (feed === "heartbeat") return [];
  if (!list || list.length === 0)
    throw new KrakenValidationError(`${feed} needs at least one product id`, "product_ids");
  return [...new Set(list)];
}

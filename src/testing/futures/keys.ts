/**
 * Derivatives API keys (separate from Spot keys) and Kraken's `Authent` rule:
 * `Base64(HMAC-SHA512(Base64Decode(secret), SHA256(postData + nonce + endpointPath)))`.
 */
import { createHash, createHmac } from "node:crypto";

/** Access of a Derivatives key, as Kraken's key settings name them. */
export type FuturesKeyAccess = "full" | "read-only";

/** A Derivatives API key the simulator accepts. */
export interface SimFuturesKeyConfig {
  /** Public key (`APIKey` header). */
  readonly key: string;
  /** Base64 secret used for `Authent`. */
  readonly secret: string;
  /** Derivatives account the key trades for. Default `demo`. */
  readonly accountId?: string;
  /** `full` (trade) or `read-only`. Default `full`. */
  readonly access?: FuturesKeyAccess;
  /** Whether the key may withdraw to the Spot wallet. Default true. */
  readonly withdrawal?: boolean;
  /** How far below the highest nonce a not-yet-seen nonce may be (Kraken tolerates slight disorder). Default 0. */
  readonly nonceWindow?: number;
  /** Set false to switch the rate-limit budgets off for this key. Default true. */
  readonly rateLimit?: boolean;
}

/** The Derivatives demo key. Safe to print; it only works on the simulator. */
export const DEMO_FUTURES_API_KEY = "SIMULATOR-FUTURES-DEMO-KEY-000000000000000000000000000000";
/** Secret of {@link DEMO_FUTURES_API_KEY} (64 bytes, base64; the secret of Kraken's published signing example). */
export const DEMO_FUTURES_API_SECRET =
  "7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm";

/** The default Derivatives key: full access, withdrawals allowed, account `demo`. */
export const DEMO_FUTURES_KEY: SimFuturesKeyConfig = {
  key: DEMO_FUTURES_API_KEY,
  secret: DEMO_FUTURES_API_SECRET,
  accountId: "demo",
};

/** Kraken's Derivatives `Authent` for a request. */
export function futuresAuthent(
  postData: string,
  nonce: string,
  endpointPath: string,
  secret: string,
): string {
  const digest = createHash("sha256")
    .update(postData + nonce + endpointPath, "utf8")
    .digest();
  return createHmac("sha512", Buffer.from(secret, "base64")).update(digest).digest("base64");
}

/** The path Kraken signs: the request path without a leading `/derivatives`. */
export function endpointPathOf(path: string): string {
  return path.startsWith("/derivatives/") ? path.slice("/derivatives".length) : path;
}

// Errors of the Derivatives WebSocket v1 client.
import { KrakenError } from "../errors/base.js";

/**
 * Kraken refused the signed challenge of a private subscribe or unsubscribe (a wrong key or secret,
 * or a stale challenge). The message never contains the key, the challenge or its signature.
 * @example
 * try { await fws.subscribe({ feed: "fills" }); } catch (e) {
 *   if (e instanceof KrakenFuturesWsAuthError) console.error("check the Derivatives key:", e.feed);
 * }
 */
export class KrakenFuturesWsAuthError extends KrakenError {
  /** The private feed whose (un)subscribe was refused. */
  readonly feed: string;
  constructor(feed: string, detail: string) {
    super(`${feed}: Kraken refused the signed challenge (${detail})`, {
      code: "ws_challenge_rejected",
      category: "api",
      retryable: false,
      reachedKraken: "yes",
    });
    this.feed = feed;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), feed: this.feed };
  }
}

/** Any failure as a KrakenError (what the `error` events carry). */
export function asError(e: unknown): KrakenError {
  return e instanceof KrakenError
    ? e
    : new KrakenError(e instanceof Error ? e.message : String(e), {
        code: "ws_error",
        category: "websocket",
      });
}

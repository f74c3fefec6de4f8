import { randomBytes } from "node:crypto";
import type { SimClock } from "./clock.js";

/** How long a WebSocket token may be used after it was issued (Kraken: 15 minutes). */
export const TOKEN_LIFETIME_SECONDS = 900;

/** A WebSocket token issued by GetWebSocketsToken. */
export interface WsTokenRecord {
  readonly token: string;
  readonly accountId: string;
  /** API key that asked for it. */
  readonly apiKey: string;
  /** Unix milliseconds. */
  readonly issuedAt: number;
}

/**
 * The WebSocket token store shared by REST (which issues tokens) and the WS auth server (which checks
 * them). A token is accepted for {@link TOKEN_LIFETIME_SECONDS} after issue, unless revoked.
 */
export class TokenStore {
  readonly #tokens = new Map<string, WsTokenRecord>();

  constructor(private readonly clock: SimClock) {}

  /** Issues a fresh token for an account. */
  issue(accountId: string, apiKey: string): { token: string; expires: number } {
    const token = randomBytes(30).toString("base64");
    this.#tokens.set(token, { token, accountId, apiKey, issuedAt: this.clock.now() });
    return { token, expires: TOKEN_LIFETIME_SECONDS };
  }

  /** The record of a valid token, or undefined when unknown, revoked or older than 15 minutes. */
  verify(token: string): WsTokenRecord | undefined {
    const record = this.#tokens.get(token);
    if (!record) return undefined;
    if (this.clock.now() - record.issuedAt > TOKEN_LIFETIME_SECONDS * 1000) return undefined;
    return record;
  }

  /** Revokes one token (fault injection: "token went stale"). */
  revoke(token: string): void {
    this.#tokens.delete(token);
  }

  /** Revokes every token. */
  revokeAll(): void {
    this.#tokens.clear();
  }
}

import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** API-key permission codes, as the `x-kraken-permission` extension of openapi.json names them. */
export const ALL_PERMISSIONS = [
  "funds-query",
  "funds-deposit",
  "funds-withdraw",
  "orders-query-open",
  "orders-query-closed",
  "orders-create-modify",
  "orders-cancel",
  "ledger-query",
  "export-data",
  "websocket",
  "earn",
] as const;

/** One permission code. */
export type SimPermission = (typeof ALL_PERMISSIONS)[number];

/** Kraken verification tier: decides the REST call counter's maximum and decay. */
export type SimTier = "starter" | "intermediate" | "pro";

/** An API key the simulator accepts. */
export interface SimApiKeyConfig {
  /** Public key (API-Key header). */
  readonly key: string;
  /** Base64 secret used for API-Sign. */
  readonly secret: string;
  /** Account the key trades for. Default `demo`. */
  readonly accountId?: string;
  /** Granted permissions. Default: all. */
  readonly permissions?: readonly SimPermission[];
  /** Static 2FA password the key requires in `otp`; or a function returning the currently valid one. */
  readonly otp?: string | (() => string);
  /** Nonce window: how far below the highest nonce a not-yet-seen nonce may be. Default 0 (strict). */
  readonly nonceWindow?: number;
  /** Verification tier for the REST call counter. Default `starter`. */
  readonly tier?: SimTier;
  /** Set false to switch the REST call counter off for this key (e.g. bulk test setup). Default true. */
  readonly rateLimit?: boolean;
  /** Key name (GetApiKeyInfo). */
  readonly name?: string;
}

/** The demo key: all permissions, no 2FA, account `demo`. Safe to print; it only works on the simulator. */
export const DEMO_API_KEY = "SIMULATOR-DEMO-KEY-0000000000000000000000000000000000000";
/** Secret of {@link DEMO_API_KEY} (64 bytes, base64; Kraken's documented example secret). */
export const DEMO_API_SECRET =
  "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

/** Kraken's API-Sign: base64(HMAC-SHA512(base64decode(secret), path ‖ SHA256(nonce ‖ body))). */
export function krakenSignature(path: string, nonce: string, body: Buffer | string, secret: string): string {
  const inner = createHash("sha256").update(nonce).update(body).digest();
  return createHmac("sha512", Buffer.from(secret, "base64")).update(path).update(inner).digest("base64");
}

/** Constant-time comparison of a received signature with the expected one. */
export function signatureMatches(received: string, expected: string): boolean {
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Per-key nonce state: strictly increasing, or within the key's nonce window if it has one. */
export class NonceTracker {
  #highest = -1n;
  readonly #recent = new Set<bigint>();

  constructor(private readonly window: number) {}

  /** Accepts and records a nonce, or returns false (`EAPI:Invalid nonce`). */
  accept(nonce: bigint): boolean {
    if (nonce > this.#highest) {
      this.#highest = nonce;
      this.#remember(nonce);
      return true;
    }
    if (this.window > 0 && nonce > this.#highest - BigInt(this.window) && !this.#recent.has(nonce)) {
      this.#remember(nonce);
      return true;
    }
    return false;
  }

  /** Highest accepted nonce as a string ("0" before the first). */
  get highest(): string {
    return this.#highest < 0n ? "0" : this.#highest.toString();
  }

  #remember(nonce: bigint): void {
    this.#recent.add(nonce);
    const floor = this.#highest - BigInt(this.window);
    if (this.#recent.size > 1024) for (const n of this.#recent) if (n <= floor) this.#recent.delete(n);
  }
}

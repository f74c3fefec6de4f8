import type { OperationRow } from "../../../generated/operations.js";
import type { SimClock } from "../exchange/clock.js";
import { ExchangeError } from "../exchange/types.js";
import {
  ALL_PERMISSIONS,
  krakenSignature,
  NonceTracker,
  type SimApiKeyConfig,
  signatureMatches,
} from "./keys.js";
import { RestCallCounter } from "./rate-counter.js";

/** A configured key with its live state (nonces, call counter). */
export interface KeyState {
  readonly config: SimApiKeyConfig;
  readonly nonces: NonceTracker;
  readonly counter: RestCallCounter;
  lastUsed: number;
}

/**
 * Kraken locks an API key out for a while after repeated failed authentications
 * (`EGeneral:Temporary lockout`); retrying while locked extends the lockout.
 */
export interface LockoutPolicy {
  /** Consecutive invalid-key / invalid-signature failures that trigger the lockout. */
  readonly failures: number;
  /** How long the lockout lasts (ms), counted from the last attempt. */
  readonly durationMs: number;
}

/** What an authenticated request carries into its handler. */
export interface AuthResult {
  readonly state: KeyState;
  readonly accountId: string;
}

/**
 * Checks private requests exactly in Kraken's order: key, signature over the raw body bytes, nonce,
 * 2FA, permission, REST call counter — each failure with Kraken's error string.
 */
export class Authenticator {
  readonly #keys = new Map<string, KeyState>();
  readonly #failures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(
    keys: readonly SimApiKeyConfig[],
    private readonly clock: SimClock,
    private readonly lockout?: LockoutPolicy,
  ) {
    for (const k of keys) this.addKey(k);
  }

  /** Adds (or replaces) a key at runtime. */
  addKey(config: SimApiKeyConfig): void {
    this.#keys.set(config.key, {
      config,
      nonces: new NonceTracker(config.nonceWindow ?? 0),
      counter: new RestCallCounter(config.tier ?? "starter", () => this.clock.now()),
      lastUsed: 0,
    });
  }

  /** Every configured key. */
  keys(): SimApiKeyConfig[] {
    return [...this.#keys.values()].map((k) => k.config);
  }

  /** Live state of a key, if configured. */
  state(key: string): KeyState | undefined {
    return this.#keys.get(key);
  }

  #checkLockout(id: string): void {
    const f = this.#failures.get(id);
    if (!this.lockout || !f || f.lockedUntil === 0) return;
    const now = this.clock.now();
    if (now < f.lockedUntil) {
      f.lockedUntil = now + this.lockout.durationMs;
      throw new ExchangeError("EGeneral:Temporary lockout");
    }
    this.#failures.delete(id);
  }

  #fail(id: string, error: string): never {
    if (this.lockout) {
      const f = this.#failures.get(id) ?? { count: 0, lockedUntil: 0 };
      f.count += 1;
      if (f.count >= this.lockout.failures) f.lockedUntil = this.clock.now() + this.lockout.durationMs;
      this.#failures.set(id, f);
    }
    throw new ExchangeError(error);
  }

  /** Authenticates one request; throws ExchangeError with Kraken's string on failure. */
  check(
    op: OperationRow,
    path: string,
    headers: { apiKey?: string; apiSign?: string },
    rawBody: Buffer,
    nonce: string | undefined,
    otp: string | undefined,
  ): AuthResult {
    const id = headers.apiKey ?? "";
    this.#checkLockout(id);
    const state = headers.apiKey ? this.#keys.get(headers.apiKey) : undefined;
    if (!state) this.#fail(id, "EAPI:Invalid key");
    if (nonce === undefined || !/^\d{1,20}$/.test(nonce)) throw new ExchangeError("EAPI:Invalid nonce");
    const expected = krakenSignature(path, nonce, rawBody, state.config.secret);
    if (!headers.apiSign || !signatureMatches(headers.apiSign, expected))
      this.#fail(id, "EAPI:Invalid signature");
    this.#failures.delete(id);
    if (!state.nonces.accept(BigInt(nonce))) throw new ExchangeError("EAPI:Invalid nonce");
    const required = state.config.otp;
    if (required !== undefined) {
      const want = typeof required === "function" ? required() : required;
      // Kraken answers a missing 2FA password with a permission error and a wrong one as a bad signature.
      if (otp === undefined) throw new ExchangeError("EGeneral:Permission denied");
      if (otp !== want) throw new ExchangeError("EAPI:Invalid signature");
    }
    if (!hasPermission(state.config, op.permission)) throw new ExchangeError("EGeneral:Permission denied");
    if (
      state.config.rateLimit !== false &&
      typeof op.cost === "number" &&
      op.cost > 0 &&
      !state.counter.consume(op.cost)
    ) {
      throw new ExchangeError("EAPI:Rate limit exceeded");
    }
    state.lastUsed = this.clock.now();
    return { state, accountId: state.config.accountId ?? "demo" };
  }
}

function hasPermission(config: SimApiKeyConfig, permission: string | null): boolean {
  if (permission === null || permission === "none") return true;
  const granted: readonly string[] = config.permissions ?? ALL_PERMISSIONS;
  if (granted.includes(permission)) return true;
  // Cancel operations accept either "Create & modify" or "Cancel & close" (Kraken's docs).
  return permission === "orders-cancel" && granted.includes("orders-create-modify");
}

/**
 * Checks private Derivatives requests in Kraken's order: key, `Authent` over the URL-encoded
 * parameters exactly as received, nonce (`nonceBelowThreshold`, `nonceDuplicate`), the key's access,
 * then the request's cost against the key's budget (`apiLimitExceeded`).
 */
import { timingSafeEqual } from "node:crypto";
import type { SimClock } from "../exchange/clock.js";
import { endpointPathOf, futuresAuthent, type SimFuturesKeyConfig } from "./keys.js";
import { KeyBudgets } from "./rate-limits.js";
import { FuturesError } from "./types.js";

/** What an operation requires of a key. */
export type FuturesAccess = "read" | "write" | "withdraw";

/** A configured key and its live state. */
export interface FuturesKeyState {
  readonly config: SimFuturesKeyConfig;
  readonly budgets: KeyBudgets;
  highestNonce: bigint;
  readonly recent: Set<bigint>;
}

/** The headers and bytes a check needs. */
export interface AuthInput {
  readonly apiKey?: string;
  readonly authent?: string;
  readonly nonce?: string;
  readonly path: string;
  readonly postData: string;
}

/** The Derivatives authenticator. */
export class FuturesAuthenticator {
  readonly #keys = new Map<string, FuturesKeyState>();

  constructor(
    keys: readonly SimFuturesKeyConfig[],
    private readonly clock: SimClock,
  ) {
    for (const k of keys) this.addKey(k);
  }

  /** Adds (or replaces) a key. */
  addKey(config: SimFuturesKeyConfig): void {
    this.#keys.set(config.key, {
      config,
      budgets: new KeyBudgets(() => this.clock.now()),
      highestNonce: -1n,
      recent: new Set(),
    });
  }

  /** Every configured key. */
  keys(): SimFuturesKeyConfig[] {
    return [...this.#keys.values()].map((k) => k.config);
  }

  /** A key's live state. */
  state(key: string): FuturesKeyState | undefined {
    return this.#keys.get(key);
  }

  /** Authenticates a request; throws {@link FuturesError} with Kraken's code. */
  check(input: AuthInput, access: FuturesAccess): FuturesKeyState {
    const state = input.apiKey ? this.#keys.get(input.apiKey) : undefined;
    if (!state || !input.authent) throw new FuturesError("authenticationError");
    const nonce = input.nonce ?? "";
    const expected = futuresAuthent(input.postData, nonce, endpointPathOf(input.path), state.config.secret);
    const a = Buffer.from(input.authent);
    const b = Buffer.from(expected);
    if (a.length !== b.length || !timingSafeEqual(a, b)) throw new FuturesError("authenticationError");
    if (nonce !== "") this.#acceptNonce(state, nonce);
    const full = (state.config.access ?? "full") === "full";
    if (
      (access === "write" && !full) ||
      (access === "withdraw" && (!full || state.config.withdrawal === false))
    )
      throw new FuturesError("authenticationError");
    return state;
  }

  #acceptNonce(state: FuturesKeyState, nonce: string): void {
    if (!/^\d{1,20}$/.test(nonce)) throw new FuturesError("nonceBelowThreshold");
    const value = BigInt(nonce);
    const window = BigInt(state.config.nonceWindow ?? 0);
    if (value > state.highestNonce) {
      state.highestNonce = value;
    } else {
      if (value <= state.highestNonce - window || window === 0n)
        throw new FuturesError("nonceBelowThreshold");
      if (state.recent.has(value)) throw new FuturesError("nonceDuplicate");
    }
    state.recent.add(value);
    if (state.recent.size > 2048)
      for (const n of state.recent) if (n <= state.highestNonce - window) state.recent.delete(n);
  }
}

import type { Clock } from "./clock.js";
import type { CounterLimits, KrakenTier } from "./rate-limiter.js";

/**
 * Kraken's per-pair trading-engine counter per tier (rate-limits.md §B).
 * @example
 * ```ts
 * ENGINE_COUNTER_LIMITS.intermediate; // { max: 125, decayPerSecond: 2.34 }
 * ENGINE_COUNTER_LIMITS.pro.max; // 180 per pair
 * ```
 */
export const ENGINE_COUNTER_LIMITS: Readonly<Record<KrakenTier, CounterLimits>> = {
  starter: { max: 60, decayPerSecond: 1 },
  intermediate: { max: 125, decayPerSecond: 2.34 },
  pro: { max: 180, decayPerSecond: 3.75 },
};

// Age-dependent extra charges; ages in seconds, measured from creation or last amend.
const AGE_BOUNDS = [5, 10, 15, 45, 90, 300];
const AMEND_PENALTY = [3, 2, 1, 0, 0, 0, 0];
const EDIT_PENALTY = [6, 5, 4, 2, 1, 0, 0];
const CANCEL_PENALTY = [8, 6, 5, 4, 2, 1, 0];

function bucket(ageMs: number | undefined): number {
  if (ageMs === undefined) return 0; // unknown order (placed elsewhere): assume the worst, age 0
  const s = ageMs / 1000;
  const i = AGE_BOUNDS.findIndex((b) => s < b);
  return i === -1 ? AGE_BOUNDS.length : i;
}

interface TrackedOrder {
  pair: string;
  since: number;
}

/** A charge computed for one trading call. */
export interface EngineCharge {
  pair: string;
  cost: number;
  /** Batch cancels are accepted by Kraken even over the limit, so they never wait. */
  mayWait: boolean;
}

type Params = Record<string, unknown>;

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.length > 0 ? v : typeof v === "number" ? String(v) : undefined;
}

/**
 * The opt-in model of Kraken's per-pair trading-engine counter, for
 * `new KrakenRest({ rateLimit: { engine: tradingEngineCounter } })`. A value to import (not a flag) so
 * that apps which do not use it do not bundle it.
 * @example
 * ```ts
 * import { KrakenRest, tradingEngineCounter } from "kraken-connector";
 * const rest = new KrakenRest({ apiKey, apiSecret, tier: "pro",
 *   rateLimit: { engine: tradingEngineCounter } });
 * ```
 */
export interface TradingEngineCounter {
  /** @internal Builds the limiter for a client's tier and clock. */
  readonly create: (tier: KrakenTier, clock: Clock) => TradingEngineLimiter;
}

/**
 * Kraken's per-pair trading-engine counter with order-age penalties (amends, edits and cancels of
 * young orders cost more), shared by the orders placed through one client.
 * @see https://docs.kraken.com/api/docs/guides/spot-ratelimits
 * @example
 * import { KrakenRest, tradingEngineCounter } from "kraken-connector";
 * const rest = new KrakenRest({ apiKey, apiSecret, rateLimit: { engine: tradingEngineCounter } });
 */
export const tradingEngineCounter: TradingEngineCounter = {
  create: (tier, clock) => new TradingEngineLimiter(ENGINE_COUNTER_LIMITS[tier], clock),
};

/**
 * Opt-in model of Kraken's per-pair trading-engine counter with order-age penalties. It learns order ages
 * from the orders placed through this client; orders it never saw are charged as if brand new.
 */
export class TradingEngineLimiter {
  readonly limits: CounterLimits;
  readonly #clock: Clock;
  readonly #levels = new Map<string, { level: number; at: number }>();
  readonly #orders = new Map<string, TrackedOrder>();

  constructor(limits: CounterLimits, clock: Clock) {
    this.limits = limits;
    this.#clock = clock;
  }

  #order(params: Params): TrackedOrder | undefined {
    const id = str(params.txid) ?? str(params.cl_ord_id);
    return id === undefined ? undefined : this.#orders.get(id);
  }

  /** Level of a pair's counter now. */
  level(pair: string): number {
    const entry = this.#levels.get(pair);
    if (!entry) return 0;
    const now = this.#clock.now();
    entry.level = Math.max(0, entry.level - ((now - entry.at) / 1000) * this.limits.decayPerSecond);
    entry.at = now;
    return entry.level;
  }

  /** Works out the charge of a trading call, or undefined when the pair cannot be known. */
  chargeFor(operationId: string, params: Params): EngineCharge | undefined {
    const now = this.#clock.now();
    const tracked = this.#order(params);
    const age = tracked ? now - tracked.since : undefined;
    const pair = str(params.pair) ?? tracked?.pair;
    if (!pair) return undefined;
    switch (operationId) {
      case "addOrder":
        return { pair, cost: 1, mayWait: true };
      case "addOrderBatch":
        return { pair, cost: (Array.isArray(params.orders) ? params.orders.length : 1) / 2, mayWait: true };
      case "amendOrder":
        return { pair, cost: 1 + (AMEND_PENALTY[bucket(age)] ?? 0), mayWait: true };
      case "editOrder":
        return { pair, cost: 1 + (EDIT_PENALTY[bucket(age)] ?? 0), mayWait: true };
      case "cancelOrder":
        return { pair, cost: CANCEL_PENALTY[bucket(age)] ?? 0, mayWait: true };
      default:
        return undefined;
    }
  }

  /** Milliseconds until `charge` fits under the threshold. */
  waitFor(charge: EngineCharge): number {
    if (!charge.mayWait) return 0;
    const excess = this.level(charge.pair) + charge.cost - this.limits.max;
    return excess < 0 ? 0 : Math.ceil(((excess + 0.001) / this.limits.decayPerSecond) * 1000);
  }

  /** Adds a charge to its pair's counter. */
  add(charge: EngineCharge): void {
    const level = this.level(charge.pair);
    this.#levels.set(charge.pair, { level: level + charge.cost, at: this.#clock.now() });
  }

  /** Records the outcome of a successful trading call so later cancels and amends are priced by age. */
  record(operationId: string, params: Params, result: unknown): void {
    const now = this.#clock.now();
    const pair = str(params.pair) ?? this.#order(params)?.pair;
    const r = (result ?? {}) as Params;
    if (operationId === "addOrder" && pair) {
      const ids = Array.isArray(r.txid) ? r.txid : [];
      for (const id of ids) if (typeof id === "string") this.#orders.set(id, { pair, since: now });
      const cl = str(params.cl_ord_id);
      if (cl) this.#orders.set(cl, { pair, since: now });
    } else if (operationId === "amendOrder" || operationId === "editOrder") {
      const tracked = this.#order(params);
      if (tracked) tracked.since = now;
      const newId = str(r.txid);
      if (newId && pair) this.#orders.set(newId, { pair, since: now });
    } else if (operationId === "cancelOrder") {
      const id = str(params.txid) ?? str(params.cl_ord_id);
      if (id) this.#orders.delete(id);
    }
  }

  /** Kraken said the pair's counter is full. */
  saturate(pair: string): void {
    this.#levels.set(pair, { level: Math.max(this.level(pair), this.limits.max), at: this.#clock.now() });
  }
}

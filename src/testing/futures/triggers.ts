/**
 * Trigger orders (`stp`, `take_profit`, `trailing_stop`): they wait off the book for their signal
 * (mark, index or last price) to cross the trigger price; trailing stops move their trigger behind
 * the signal by a fixed amount or percentage, never back.
 */
import { add, cmp, div, mul, sub } from "../exchange/decimal.js";
import { LiquidityLadder } from "./liquidity.js";
import type { TriggerOrder, TriggerSignal } from "./types.js";

/** Which side of the trigger price fires an order of this type and side. */
export function triggerSideOf(
  orderType: TriggerOrder["orderType"],
  side: "buy" | "sell",
): TriggerOrder["triggerSide"] {
  const stopLike = orderType !== "take_profit";
  return (side === "buy") === stopLike ? "trigger_above" : "trigger_below";
}

/** The trailing stop's trigger price for a signal value. */
export function trailingStop(
  side: "buy" | "sell",
  signal: string,
  trailing: NonNullable<TriggerOrder["trailing"]>,
  tick: string,
): string {
  const distance =
    trailing.unit === "PERCENT" ? div(mul(signal, trailing.maxDeviation), "100", 12) : trailing.maxDeviation;
  const raw = side === "sell" ? sub(signal, distance) : add(signal, distance);
  return LiquidityLadder.toTick(raw, tick);
}

/** The open trigger orders of the venue. */
export class TriggerBook {
  readonly #open = new Map<string, TriggerOrder>();

  add(t: TriggerOrder): void {
    this.#open.set(t.uid, t);
  }

  get(uid: string): TriggerOrder | undefined {
    return this.#open.get(uid);
  }

  /** Takes a trigger out (cancelled or fired). */
  remove(uid: string): void {
    this.#open.delete(uid);
  }

  /** Open triggers, oldest first; optionally of one account and/or symbol. */
  list(accountId?: string, symbol?: string): TriggerOrder[] {
    return [...this.#open.values()].filter(
      (t) =>
        (accountId === undefined || t.accountId === accountId) &&
        (symbol === undefined || t.symbol === symbol),
    );
  }

  /**
   * Moves trailing stops with the signal and returns the triggers of `symbol` whose signal has
   * crossed their trigger price (they stay listed until the caller removes them).
   */
  due(
    symbol: string,
    signal: (s: TriggerSignal) => string | undefined,
    tick: string,
    now: number,
  ): TriggerOrder[] {
    const fired: TriggerOrder[] = [];
    for (const t of this.list(undefined, symbol)) {
      const value = signal(t.triggerSignal);
      if (value === undefined) continue;
      if (t.trailing) {
        const candidate = trailingStop(t.side, value, t.trailing, tick);
        const better = t.side === "sell" ? cmp(candidate, t.stopPrice) > 0 : cmp(candidate, t.stopPrice) < 0;
        if (better) {
          t.stopPrice = candidate;
          t.lastUpdateAt = now;
        }
      }
      const c = cmp(value, t.stopPrice);
      if (t.triggerSide === "trigger_above" ? c >= 0 : c <= 0) fired.push(t);
    }
    return fired;
  }
}

import { rfc3339Seconds, type SimClock } from "./clock.js";
import { ExchangeError } from "./types.js";

/**
 * Per-account dead man's switches (CancelAllOrdersAfter / cancel_all_orders_after): each call resets
 * the countdown, 0 disarms, and when a countdown ends `fire(accountId)` runs once and the switch
 * stays disarmed until the next call. A switch that ends while `paused()` (the engine is in
 * maintenance) fires on `resume()` instead, as Kraken cancels when the engine comes back.
 */
export class DeadManSwitches {
  readonly #armed = new Map<string, { handle: unknown; triggerAt: number }>();
  readonly #waiting = new Set<string>();

  constructor(
    private readonly clock: SimClock,
    private readonly fire: (accountId: string) => void,
    private readonly paused: () => boolean,
  ) {}

  /** Arms, re-arms or (with 0) disarms an account's switch; returns Kraken's `{currentTime, triggerTime}`. */
  arm(accountId: string, timeoutSeconds: number): { currentTime: string; triggerTime: string } {
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 0 || timeoutSeconds >= 86400) {
      throw new ExchangeError("EGeneral:Invalid arguments:timeout");
    }
    const now = this.clock.now();
    this.disarm(accountId);
    if (timeoutSeconds === 0) return { currentTime: rfc3339Seconds(now), triggerTime: "0" };
    const triggerAt = now + timeoutSeconds * 1000;
    const handle = this.clock.setTimeout(() => {
      this.#armed.delete(accountId);
      if (this.paused()) this.#waiting.add(accountId);
      else this.fire(accountId);
    }, timeoutSeconds * 1000);
    this.#armed.set(accountId, { handle, triggerAt });
    return { currentTime: rfc3339Seconds(now), triggerTime: rfc3339Seconds(triggerAt) };
  }

  /** Stops an account's countdown, if any. */
  disarm(accountId: string): void {
    const armed = this.#armed.get(accountId);
    if (!armed) return;
    this.clock.clearTimeout(armed.handle);
    this.#armed.delete(accountId);
  }

  /** When an account's switch fires (unix ms), if armed. */
  triggerAt(accountId: string): number | undefined {
    return this.#armed.get(accountId)?.triggerAt;
  }

  /** Fires the switches that ended while paused. */
  resume(): void {
    for (const id of [...this.#waiting]) this.fire(id);
    this.#waiting.clear();
  }

  /** Disarms every switch and forgets the ones waiting to fire. */
  clear(): void {
    for (const id of [...this.#armed.keys()]) this.disarm(id);
    this.#waiting.clear();
  }
}

import { rfc3339Seconds, type SimClock } from "./clock.js";
import { ExchangeError } from "./types.js";

/**
 * Per-account dead man's switches (CancelAllOrdersAfter / cancel_all_orders_after): each call resets
 * the countdown, 0 disarms, and when a countdown ends `fire(accountId)` runs once and the switch
 * stays disarmed until the next call.
 */
export class DeadManSwitches {
  readonly #armed = new Map<string, { handle: unknown; triggerAt: number }>();

  constructor(
    private readonly clock: SimClock,
    private readonly fire: (accountId: string) => void,
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
      this.fire(accountId);
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

  /** Disarms every switch. */
  clear(): void {
    for (const id of [...this.#armed.keys()]) this.disarm(id);
  }
}

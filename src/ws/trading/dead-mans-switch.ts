import type { Timers } from "../connection/timers.js";
import type { CancelAllOrdersAfterResult, RequestOptions } from "../types/trading.js";

/** What the managed switch needs from its client. */
export interface DeadMansSwitchHost {
  cancelAllOrdersAfter(timeoutSec: number, options?: RequestOptions): Promise<CancelAllOrdersAfterResult>;
  readonly timers: Timers;
  isClosed(): boolean;
  /** Reports a failed refresh (the switch keeps trying: Kraken's countdown is running). */
  reportError(error: unknown): void;
  readonly requestTimeoutMs: number;
}

/**
 * The managed dead man's switch behind `ws.deadMansSwitch()`: arms `cancel_all_orders_after`, refreshes
 * it every `refreshEveryMs`, re-arms after a reconnect (`refresh()`), and disarms with timeout 0.
 * Loaded with the trading code (lazy-chunk.ts), so apps that never trade do not download it.
 */
export class ManagedDeadMansSwitch implements DeadMansSwitch {
  lastResult: CancelAllOrdersAfterResult | undefined;
  #active = true;

  constructor(
    private readonly host: DeadMansSwitchHost,
    readonly timeoutSec: number,
    readonly refreshEveryMs: number,
  ) {}

  get active(): boolean {
    return this.#active;
  }

  /** Arms the switch on Kraken and starts refreshing. */
  async arm(): Promise<void> {
    this.lastResult = await this.host.cancelAllOrdersAfter(this.timeoutSec);
    this.#schedule(this.refreshEveryMs);
  }

  /** Refreshes now (after a reconnect of the auth connection). */
  refresh(): void {
    if (!this.#active || this.host.isClosed()) return;
    this.host.cancelAllOrdersAfter(this.timeoutSec).then(
      (r) => {
        this.lastResult = r;
        this.#schedule(this.refreshEveryMs);
      },
      (e) => {
        this.host.reportError(e);
        this.#schedule(Math.min(this.refreshEveryMs, 2000)); // retry soon: the countdown runs
      },
    );
  }

  /** Stops refreshing without disarming on Kraken (a newer switch took over). */
  retire(): void {
    this.#active = false;
  }

  async disarm(): Promise<void> {
    if (!this.#active) return;
    this.#active = false;
    this.host.timers.clear("dms");
    this.lastResult = await this.host.cancelAllOrdersAfter(0, {
      timeoutMs: Math.min(this.host.requestTimeoutMs, 5000),
    });
  }

  #schedule(ms: number): void {
    if (!this.#active || this.host.isClosed()) return;
    this.host.timers.set("dms", ms, () => this.refresh());
  }
}

/**
 * Handle of the managed dead man's switch.
 * @example
 * const dms = await ws.deadMansSwitch({ timeoutSec: 60 });
 * dms.lastResult?.triggerTime; // "2023-10-06T17:36:55Z"
 * if (dms.active) await dms.disarm(); // or ws.close(), which disarms too
 */
export interface DeadMansSwitch {
  /** Whether the switch is armed and refreshed. */
  readonly active: boolean;
  /** Kraken's last answer (`currentTime`, `triggerTime`). */
  readonly lastResult: CancelAllOrdersAfterResult | undefined;
  /** Stops refreshing and disarms on Kraken (timeout 0). */
  disarm(): Promise<void>;
}

/**
 * Options of `KrakenWs.deadMansSwitch`.
 * @example
 * const dms = await ws.deadMansSwitch({ timeoutSec: 30, refreshEveryMs: 5_000 });
 * // refreshed every 5 s; Kraken cancels every order 30 s after the last refresh
 */
export interface DeadMansSwitchOptions {
  /** Countdown Kraken applies; all orders are cancelled if it is not refreshed in time. Default 60 s. */
  timeoutSec?: number;
  /** How often to refresh: positive and shorter than the countdown. Default a quarter of it (15 s for 60 s). */
  refreshEveryMs?: number;
}

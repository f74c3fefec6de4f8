/**
 * Sliding-window budget of connection attempts. Cloudflare in front of Kraken bans an IP for 10 minutes
 * after ~150 connect attempts in a rolling 10 minutes, counted over every socket of the process, so
 * one budget is shared by all clients unless a client is given its own.
 * @example
 * const budget = new ConnectBudget(50, 600_000); // this client's own: 50 attempts per 10 minutes
 * const ws = new KrakenWs({ connectBudget: budget });
 * budget.used; // attempts counted in the current window
 */
export class ConnectBudget {
  #stamps: number[] = [];

  /**
   * @param maxAttempts attempts allowed per window (default 100, well below Kraken's ~150)
   * @param windowMs window length (default 10 minutes)
   */
  constructor(
    readonly maxAttempts = 100,
    readonly windowMs = 600_000,
  ) {}

  /** Takes a slot and returns 0, or returns how many ms to wait before asking again. */
  reserve(now = Date.now()): number {
    const horizon = now - this.windowMs;
    let drop = 0;
    while (drop < this.#stamps.length && (this.#stamps[drop] as number) <= horizon) drop++;
    if (drop > 0) this.#stamps.splice(0, drop);
    if (this.#stamps.length < this.maxAttempts) {
      this.#stamps.push(now);
      return 0;
    }
    return (this.#stamps[0] as number) + this.windowMs - now + 1;
  }

  /** Attempts counted in the current window. */
  get used(): number {
    return this.#stamps.length;
  }
}

let shared: ConnectBudget | undefined;

/** The process-wide budget (created on first use, so importing has no side effects). */
export function sharedConnectBudget(): ConnectBudget {
  shared ??= new ConnectBudget();
  return shared;
}

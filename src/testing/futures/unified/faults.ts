/**
 * Fault injection of the simulated Unified WebSocket (`sim.faults.unified`): the same kinds as the
 * Spot WebSocket's (drops, stalls, rejected methods, answers lost with the socket, skipped sequence
 * numbers, corrupted book checksums), aimed at the public or the private endpoint.
 */

/** Which Unified endpoint a fault targets. */
export type UnifiedEndpoint = "public" | "private";

/** Faults of the Unified WebSocket endpoints. */
export interface UnifiedWsFaults {
  /** Closes every socket of an endpoint (1006 terminates without a close frame). */
  drop(endpoint: UnifiedEndpoint, code?: number): void;
  /** Stops (true) or resumes (false) sending on every socket of an endpoint; sockets stay open. */
  stall(endpoint: UnifiedEndpoint, stalled: boolean): void;
  /** Answers the next `count` requests of `method` with `error` instead of running them. */
  rejectNext(method: string, error: string, count?: number): void;
  /**
   * Runs the next request of `method` (an order is placed) and then terminates its socket before
   * the answer goes out: the client cannot know the outcome.
   */
  dropAfterApply(method: string): void;
  /** The next private frame of `channel` (executions, balances) skips one sequence number. */
  skipSequence(channel: "executions" | "balances"): void;
  /** The next `book` update of `symbol` carries a wrong checksum. */
  corruptChecksum(symbol: string): void;
  /** Lifts every fault. */
  clear(): void;
}

/** The fault state the Unified endpoints consult. */
export class UnifiedFaultState {
  readonly #reject = new Map<string, { error: string; count: number }>();
  readonly #dropAfter = new Set<string>();
  readonly #skip = new Set<string>();
  readonly #corrupt = new Set<string>();
  stalled = { public: false, private: false };

  rejectNext(method: string, error: string, count = 1): void {
    this.#reject.set(method, { error, count });
  }

  /** The injected error of a method, consuming one use. */
  takeRejection(method: string): string | undefined {
    const r = this.#reject.get(method);
    if (!r) return undefined;
    if (--r.count <= 0) this.#reject.delete(method);
    return r.error;
  }

  dropAfterApply(method: string): void {
    this.#dropAfter.add(method);
  }

  takeDropAfterApply(method: string): boolean {
    return this.#dropAfter.delete(method);
  }

  skipSequence(channel: string): void {
    this.#skip.add(channel);
  }

  takeSkip(channel: string): boolean {
    return this.#skip.delete(channel);
  }

  corruptChecksum(symbol: string): void {
    this.#corrupt.add(symbol);
  }

  takeCorrupt(symbol: string): boolean {
    return this.#corrupt.delete(symbol);
  }

  clear(): void {
    this.#reject.clear();
    this.#dropAfter.clear();
    this.#skip.clear();
    this.#corrupt.clear();
    this.stalled = { public: false, private: false };
  }
}

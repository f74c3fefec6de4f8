/**
 * Private channels whose frames carry a per-subscription `sequence`.
 * @example
 * const refetch: Record<SequencedChannel, () => Promise<unknown>> = {
 *   executions: () => rest.getOpenOrders(),
 *   balances: () => rest.getExtendedBalance(),
 * };
 * ws.on("gap", ({ channel }) => void refetch[channel]());
 */
export type SequencedChannel = "executions" | "balances";

/**
 * A detected loss of private events: a skipped/duplicated sequence number or a reconnect.
 * @example
 * ws.on("gap", (g) => {
 *   if (g.reason === "sequence") console.warn(`${g.channel}: expected ${g.expected}, got ${g.received}`);
 *   else console.warn(`${g.channel}: reconnected, events may be missing`);
 * });
 */
export interface SequenceGap {
  channel: SequencedChannel;
  reason: "sequence" | "reconnect";
  /** Sequence number expected next (sequence gaps only). */
  expected?: number;
  /** Sequence number received (sequence gaps only). */
  received?: number;
}

/**
 * Tracks `sequence` per private channel (Kraken counts per subscription: executions and balances have
 * separate counters, so one shared counter would report false gaps). A snapshot sets the baseline.
 */
export class SequenceTracker {
  #last = new Map<SequencedChannel, number>();

  /** Checks one frame; returns the gap it reveals, if any. */
  check(channel: SequencedChannel, type: unknown, sequence: number): SequenceGap | undefined {
    const last = this.#last.get(channel);
    this.#last.set(channel, sequence);
    if (type === "snapshot" || last === undefined || sequence === last + 1) return undefined;
    return { channel, reason: "sequence", expected: last + 1, received: sequence };
  }

  /** Forgets every baseline (after a reconnect); returns the channels that had one. */
  reset(): SequencedChannel[] {
    const had = [...this.#last.keys()];
    this.#last.clear();
    return had;
  }

  /** Forgets one channel's baseline (after its subscription ended). */
  forget(channel: SequencedChannel): void {
    this.#last.delete(channel);
  }
}

/** Faults of the simulated Derivatives WebSocket v1 (`sim.faults.futuresWs`). */
export class FuturesWsV1Faults {
  /** Book updates whose `seq` skips a number (the next n updates, one each). */
  skipSeq = 0;
  /** Book ticks that send a crossing bid instead of the real change. */
  corruptBook = 0;
  /** Private (un)subscribes answered with Kraken's "Failed to subscribe to authenticated feed" alert. */
  refuseChallenge = 0;
  /** Until this time (Date.now() ms) the server sends nothing at all (frames are lost, as on a stalled link). */
  stallUntil = 0;
  /** Set by the server: closes every open socket with `code`. */
  drop: (code?: number) => void = () => {};

  /** The next `count` book updates each skip a `seq` number. */
  skipSequence(count = 1): void {
    this.skipSeq += count;
  }

  /** The next `count` book ticks send a level that crosses the book. */
  corruptBooks(count = 1): void {
    this.corruptBook += count;
  }

  /** The next `count` private subscribes or unsubscribes are refused as a bad challenge. */
  refuseChallenges(count = 1): void {
    this.refuseChallenge += count;
  }

  /** Sends nothing for `ms` (keep-alive answers included). */
  stall(ms: number): void {
    this.stallUntil = Date.now() + ms;
  }

  /** Closes every open socket now (the clients reconnect). */
  dropConnections(code = 1006): void {
    this.drop(code);
  }

  /** Lifts every fault. */
  clear(): void {
    this.skipSeq = 0;
    this.corruptBook = 0;
    this.refuseChallenge = 0;
    this.stallUntil = 0;
  }
}

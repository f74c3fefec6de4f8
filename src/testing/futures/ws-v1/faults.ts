/** Faults of the simulated Derivatives WebSocket v1 (`sim.faults.futuresWs`). */
export class FuturesWsV1Faults {
  /** Book updates whose `seq` skips a number (the next n updates, one each). */
  skipSeq = 0;
  /** Book ticks that send a crossing bid instead of the real change. */
  corruptBook = 0;
  /** The product the book faults apply to (undefined: any). */
  bookProduct: string | undefined;
  /** Private (un)subscribes answered with Kraken's "Failed to subscribe to authenticated feed" alert. */
  refuseChallenge = 0;
  /** Set by the server: closes every open socket with `code`. */
  drop: (code?: number) => void = () => {};
  /** Set by the server: the sockets open now send nothing for `ms`. */
  stallOpen: (ms: number) => void = () => {};

  /** The next `count` book updates (of `product`, or any) each skip a `seq` number. */
  skipSequence(count = 1, product?: string): void {
    this.skipSeq += count;
    this.bookProduct = product;
  }

  /** The next `count` book ticks (of `product`, or any) send a level that crosses the book. */
  corruptBooks(count = 1, product?: string): void {
    this.corruptBook += count;
    this.bookProduct = product;
  }

  /** The next `count` private subscribes or unsubscribes are refused as a bad challenge. */
  refuseChallenges(count = 1): void {
    this.refuseChallenge += count;
  }

  /**
   * The sockets open now send nothing for `ms` (keep-alive answers included; the frames are lost, as
   * on a stalled link). Connections opened later are not stalled.
   */
  stall(ms: number): void {
    this.stallOpen(ms);
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
    this.bookProduct = undefined;
  }
}

import { KrakenWsOverflowError } from "../../errors/ws.js";
import { Emitter } from "../../util/emitter.js";

/**
 * What a full buffer does: drop the oldest message, drop the new one, or end with an error.
 * @example
 * const options = { bufferSize: 256, overflow: "drop-newest" } as const;
 * const trades = await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] }, options);
 * trades.dropped; // messages the policy dropped so far
 * // executions and balances default to "error": the iteration throws KrakenWsOverflowError
 */
export type OverflowPolicy = "drop-oldest" | "drop-newest" | "error";

/**
 * Events of one {@link Subscription}.
 * @example
 * const sub = await ws.subscribe({ channel: "trade", symbol: ["BTC/USD"] });
 * sub.on("message", (msg) => console.log(msg.data.map((t) => `${t.qty} @ ${t.price}`)));
 * sub.on("resubscribed", ({ reason }) => console.log("restored after", reason)); // backfill here
 * sub.on("end", ({ error }) => error && console.error(error));
 */
export interface SubscriptionEvents<M> {
  /** Every message, as it arrives (beside or instead of iteration). */
  message: M;
  /** Restored on the wire after a reconnect (or an idle restart): backfill what you missed. */
  resubscribed: { reason: "reconnect" | "idle" };
  /** A problem that did not end the subscription (e.g. a replay rejected for one symbol). */
  error: unknown;
  /** No data for `idleTimeoutMs`; the client restarts the wire subscription. */
  idle: { idleMs: number };
  /** The subscription ended; `error` is set when it ended because of one. */
  end: { error?: unknown };
}

/** Internal hooks a subscription uses to leave the client. */
export interface SubscriptionOwner {
  release(sub: Subscription<unknown>): Promise<void>;
  /** A listener threw: reported like the client's own listeners (the logger), never rethrown. */
  listenerError(error: unknown): void;
}

/**
 * One consumer's subscription: an async iterable of typed messages with a bounded buffer and an
 * explicit overflow policy, event callbacks, `unsubscribe()`, AbortSignal and `await using` support.
 * @example
 * const sub = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
 * for await (const msg of sub) console.log(msg.data[0]?.last);
 */
export class Subscription<M> implements AsyncIterable<M> {
  readonly #events: Emitter<SubscriptionEvents<M>>;
  #buffer: Array<M | undefined> = [];
  #head = 0;
  #waiter: { resolve: (r: IteratorResult<M>) => void; reject: (e: unknown) => void } | undefined;
  #ended = false;
  #endError: unknown;
  #iterating = false;
  #onAbort: (() => void) | undefined;
  #sink: ((msg: M) => void) | undefined;
  /** Messages dropped by the overflow policy. */
  dropped = 0;
  /** Messages received (the idle watchdog compares it between checks instead of reading a clock per frame). */
  received = 0;
  /**
   * @internal The `result` of Kraken's last acknowledgement of one of its symbols (a live book has
   * one symbol: its ack says the depth Kraken keeps, which may not be the depth asked for).
   */
  ack: unknown;

  constructor(
    /** Channel of this subscription. */
    readonly channel: string,
    /** Symbols of this subscription (empty for symbol-less channels). */
    readonly symbols: readonly string[],
    private readonly owner: SubscriptionOwner,
    private readonly bufferSize: number,
    private readonly overflow: OverflowPolicy,
    private readonly signal?: AbortSignal,
  ) {
    this.#events = new Emitter((e) => owner.listenerError(e));
    if (signal) {
      this.#onAbort = () => void this.#end(signal.reason ?? new DOMException("aborted", "AbortError"), true);
      signal.addEventListener("abort", this.#onAbort, { once: true });
    }
  }

  /** Whether the subscription has ended. */
  get ended(): boolean {
    return this.#ended;
  }

  /** Adds an event listener; returns a function that removes it. */
  on<K extends keyof SubscriptionEvents<M>>(
    event: K,
    fn: (payload: SubscriptionEvents<M>[K]) => void,
  ): () => void {
    return this.#events.on(event, fn);
  }

  /** Stops this consumer; the wire subscription ends when its last consumer leaves. */
  unsubscribe(): Promise<void> {
    return this.#end(undefined, true);
  }

  /** `await using sub = await ws.subscribe(...)` unsubscribes at scope exit. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.unsubscribe();
  }

  [Symbol.asyncIterator](): AsyncIterator<M> {
    this.#iterating = true;
    return {
      next: () => this.#next(),
      // `break` out of for-await must not wait for Kraken's unsubscribe ack; unsubscribe() does.
      return: () => {
        void this.unsubscribe();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }

  /** @internal Delivers one message (hot path). */
  push(msg: M): void {
    if (this.#ended) return;
    this.received++;
    this.#events.emit("message", msg);
    if (this.#sink) {
      this.#sink(msg);
      return;
    }
    const w = this.#waiter;
    if (w) {
      this.#waiter = undefined;
      w.resolve({ value: msg, done: false });
      return;
    }
    if (!this.#iterating && this.#events.listenerCount("message") > 0) return; // callback-only consumer
    if (this.#buffer.length - this.#head >= this.bufferSize) {
      if (this.overflow === "drop-newest") {
        this.dropped++;
        return;
      }
      if (this.overflow === "error") {
        void this.#end(new KrakenWsOverflowError(this.channel, this.bufferSize), true);
        return;
      }
      this.#buffer[this.#head++] = undefined;
      this.dropped++;
      this.#compact();
    }
    this.#buffer.push(msg);
  }

  /**
   * @internal Hands `fn` the buffered messages in order (those that arrived before the caller got the
   * subscription, a snapshot right after the ack among them), then every new one as it arrives: each
   * message exactly once, none lost in between (this runs synchronously). In place of iteration.
   */
  sink(fn: (msg: M) => void): void {
    // a message pushed while one is handed over is appended to the buffer, so order holds
    while (this.#head < this.#buffer.length && !this.#ended) fn(this.#buffer[this.#head++] as M);
    this.#buffer = [];
    this.#head = 0;
    this.#sink = fn;
  }

  /** Messages waiting in the buffer. */
  get buffered(): number {
    return this.#buffer.length - this.#head;
  }

  // The buffer is an array with a moving head (shift() is O(n)); consumed slots are cut off in bulk.
  #compact(): void {
    if (this.#head > 1024 && this.#head * 2 > this.#buffer.length) {
      this.#buffer = this.#buffer.slice(this.#head);
      this.#head = 0;
    }
  }

  /** @internal Emits a subscription event. */
  emit<K extends keyof SubscriptionEvents<M>>(event: K, payload: SubscriptionEvents<M>[K]): void {
    this.#events.emit(event, payload);
  }

  /** @internal Ends from the client side (close, terminal error) without releasing on the wire. */
  finish(error?: unknown): void {
    void this.#end(error, false);
  }

  #next(): Promise<IteratorResult<M>> {
    if (this.#head < this.#buffer.length) {
      const value = this.#buffer[this.#head] as M;
      this.#buffer[this.#head++] = undefined;
      this.#compact();
      return Promise.resolve({ value, done: false });
    }
    if (this.#ended) {
      if (this.#endError !== undefined) {
        const e = this.#endError;
        this.#endError = undefined; // throw once, then report done
        return Promise.reject(e);
      }
      return Promise.resolve({ value: undefined, done: true });
    }
    if (this.#waiter) return Promise.reject(new Error("concurrent next() calls on one subscription"));
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  #end(error: unknown, release: boolean): Promise<void> {
    if (this.#ended) return Promise.resolve();
    this.#ended = true;
    this.#endError = error;
    if (this.signal && this.#onAbort) this.signal.removeEventListener("abort", this.#onAbort);
    this.#onAbort = undefined;
    const w = this.#waiter;
    if (w) {
      this.#waiter = undefined;
      if (error !== undefined) {
        this.#endError = undefined;
        w.reject(error);
      } else w.resolve({ value: undefined, done: true });
    }
    this.#events.emit("end", error === undefined ? {} : { error });
    this.#events.removeAllListeners();
    // release failures are reported through the client's error event, never thrown here
    return release ? this.owner.release(this as Subscription<unknown>).catch(() => {}) : Promise.resolve();
  }
}

/**
 * Options of one `subscribe` call.
 * @example
 * const ac = new AbortController();
 * const sub = await ws.subscribe(
 *   { channel: "book", symbol: ["BTC/USD"], depth: 25 },
 *   { bufferSize: 1024, overflow: "drop-oldest", idleTimeoutMs: 30_000, signal: ac.signal },
 * );
 */
export interface SubscribeOptions {
  /** Ends the subscription (and its iteration) when aborted. */
  signal?: AbortSignal;
  /** Messages buffered for a slow iterator. Default 1024. */
  bufferSize?: number;
  /** What a full buffer does. Default "drop-oldest"; "error" for executions and balances. */
  overflow?: OverflowPolicy;
  /** No message for this long restarts the wire subscription (`idle` then `resubscribed`). */
  idleTimeoutMs?: number;
  /** Time allowed for the connection and every acknowledgement. Default: connect + request timeout. */
  timeoutMs?: number;
}

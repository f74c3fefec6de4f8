// Keeps one symbol's live book in sync: subscribe, apply, resync on failure, rebuild after a reconnect.
import type { ApplyResult } from "../../book/order-book.js";
import { KrakenError } from "../../errors/base.js";
import { type BookResyncReason, KrakenBookError, KrakenBookResyncError } from "../../errors/book.js";
import { KrakenWsFrameError } from "../../errors/ws.js";
import { sleep, withDeadline } from "../../util/abort.js";
import { backoffDelay } from "../../util/backoff.js";
import type { ConnectionName } from "../connection/connection.js";
import type { Subscription } from "../subscriptions/subscription.js";
import type { AnyLiveBook } from "./live-books.js";
import type { Host, LiveCommonOptions, ResyncPolicy } from "./live-options.js";
import { feedOf, type Precision, type PrecisionFeed } from "./precision-feed.js";

const DEFAULT_TIMEOUT_MS = 30_000;

/** Keeps one symbol's book in sync: subscribe, apply, resync on failure, rebuild after a reconnect. */
export class BookSync {
  refs = 1;
  readonly #closer = new AbortController();
  readonly #offs: Array<() => void> = [];
  readonly #attempts: number[] = [];
  readonly #policy: Required<ResyncPolicy>;
  readonly #link: ConnectionName;
  readonly #explicit: boolean;
  #sub: Subscription<unknown> | undefined;
  #ready: Promise<void> | undefined;
  #resyncing = false;
  #exhausted = false;
  #closed = false;
  #feed: PrecisionFeed | undefined;

  constructor(
    private readonly host: Host,
    readonly channel: "book" | "level3",
    options: LiveCommonOptions,
    readonly wireDepth: number,
    readonly book: AnyLiveBook,
    private readonly apply: (msg: unknown) => ApplyResult,
    private readonly forget: () => void,
  ) {
    this.#link = channel === "level3" ? "level3" : "public";
    this.#explicit = options.pricePrecision !== undefined;
    const r = options.resync ?? {};
    this.#policy = {
      budget: r.budget ?? 5,
      windowMs: r.windowMs ?? 60_000,
      minDelayMs: r.minDelayMs ?? 250,
      maxDelayMs: r.maxDelayMs ?? 30_000,
    };
    book.closer = () => this.release();
  }

  start(): void {
    this.#ready = this.#open();
    this.#ready.catch(() => {}); // observed through whenReady
  }

  /** Waits for the first snapshot (bounded by the caller's timeout and signal); closes on failure. */
  async whenReady(options: LiveCommonOptions): Promise<void> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    try {
      await withDeadline(
        this.#ready as Promise<void>,
        timeoutMs,
        () =>
          new KrakenBookError(`${this.book.symbol}: no verified snapshot within ${timeoutMs} ms`, {
            code: "book_snapshot_timeout",
            symbol: this.book.symbol,
            retryable: true,
          }),
        options.signal,
      );
    } catch (e) {
      await this.release();
      throw e;
    }
  }

  async #open(): Promise<void> {
    const book = this.book;
    const firstSnapshot = new Promise<void>((resolve) => {
      // an update event means a verified, synced book
      const off = book.on("update", () => {
        off();
        resolve();
      });
      this.#offs.push(off);
    });
    this.#offs.push(
      this.host.on("disconnected", (e) => {
        // never merge across a gap: drop the book now, the replayed subscription brings a snapshot
        if (e.connection === this.#link && book.synced) book.reset("reconnect");
      }),
    );
    if (!this.#explicit) {
      const feed = feedOf(this.host);
      this.#feed = feed;
      feed.acquire();
      this.#offs.push(feed.watch(book.symbol, (p) => this.#precision(p)));
      const p = await feed.wait(book.symbol, this.#closer.signal);
      this.#precision(p);
    }
    try {
      await this.#subscribe();
    } catch (e) {
      // a transient refusal of the first subscribe is retried on the resync backoff; a final one rejects
      if (!(e instanceof KrakenError && e.retryable) || this.#closed) throw e;
      this.#report(e);
      this.#attempts.push(Date.now());
      this.#resyncing = true;
      await this.#runResync("subscription-ended").finally(() => {
        this.#resyncing = false;
      });
    }
    await firstSnapshot;
  }

  #precision(p: Precision): void {
    const wasSynced = this.book.synced;
    if (this.book.setPrecision(p.price, p.qty) && wasSynced) this.#resync("precision-change");
  }

  async #subscribe(): Promise<void> {
    const params = { channel: this.channel, symbol: [this.book.symbol], depth: this.wireDepth };
    const sub = (await this.host.subscribe(params as Parameters<Host["subscribe"]>[0], {
      signal: this.#closer.signal,
    })) as Subscription<unknown>;
    if (this.#closed) {
      await sub.unsubscribe();
      return;
    }
    this.#sub = sub;
    this.#consume(sub);
  }

  /**
   * Applies each frame from a callback (cheaper than iterating); `sink` first hands over the frames
   * that arrived before the subscribe resolved, so a snapshot right after the ack is not lost.
   */
  #consume(sub: Subscription<unknown>): void {
    const mine = () => this.#sub === sub && !this.#closed;
    sub.on("error", (e) => {
      if (!mine()) return;
      this.#report(e);
      if (e instanceof KrakenWsFrameError) this.#fail("malformed"); // an update of ours was lost
    });
    const ended = (error: unknown) => {
      if (error !== undefined) this.#report(error);
      this.#fail("subscription-ended");
    };
    sub.on("end", ({ error }) => mine() && ended(error));
    sub.sink((msg) => {
      if (!mine()) return;
      try {
        // truncate where the server does: the depth its ack gave (read before each snapshot, as
        // the replay after a reconnect may be acknowledged with another)
        const d = (sub.ack as { depth?: number } | undefined)?.depth as number;
        if ((msg as { type?: unknown }).type === "snapshot" && Number.isInteger(d) && d > 0)
          this.book.keep(d);
        const r = this.apply(msg);
        if (r.ok) {
          if (r.verified) this.#exhausted = false;
        } else if (r.reason !== "unsynced") this.#resync(r.reason, "error" in r ? r.error : undefined);
      } catch (e) {
        ended(e);
      }
    });
  }

  /** Reports a problem on the book's `error` event. */
  #report(e: unknown): void {
    this.book.reportError(asBookError(e, this.book.symbol));
  }

  /** Clears the book (if it is not already waiting) and resyncs. */
  #fail(reason: BookResyncReason): void {
    if (this.book.synced) this.book.reset(reason);
    this.#resync(reason);
  }

  /** Unsubscribes and resubscribes this symbol only, paced by the resync policy. */
  #resync(reason: BookResyncReason, error?: KrakenBookError): void {
    if (this.#closed || this.#resyncing) return;
    this.#resyncing = true;
    this.#runResync(reason, error)
      .catch(() => {}) // a final refusal: reported and terminated there
      .finally(() => {
        this.#resyncing = false;
      });
  }

  async #runResync(reason: BookResyncReason, error?: KrakenBookError): Promise<void> {
    const p = this.#policy;
    for (;;) {
      if (this.#closed) return;
      const now = Date.now();
      while (this.#attempts.length > 0 && now - (this.#attempts[0] as number) >= p.windowMs)
        this.#attempts.shift();
      this.#attempts.push(now);
      let delay = 0;
      if (this.#attempts.length > p.budget) {
        if (!this.#exhausted)
          this.book.reportError(new KrakenBookResyncError(this.book.symbol, reason, error));
        this.#exhausted = true;
        delay = p.maxDelayMs;
      } else if (this.#attempts.length > 1) {
        delay = Math.max(p.minDelayMs, backoffDelay(this.#attempts.length - 1, p));
      }
      try {
        if (delay > 0) await sleep(delay, this.#closer.signal);
        const old = this.#sub;
        this.#sub = undefined; // frames of the old subscription are ignored from here on
        await old?.unsubscribe();
        if (this.#closed) return;
        await this.#subscribe();
        return;
      } catch (e) {
        if (this.#closed) return;
        this.#report(e);
        if (e instanceof KrakenError && !e.retryable) {
          // the client is closed or Kraken refuses the symbol: retrying cannot help (reported above)
          await this.#terminate();
          throw e;
        }
      }
    }
  }

  /** Drops one consumer; the last one unsubscribes and detaches everything. */
  async release(): Promise<void> {
    if (this.#closed) return;
    if (--this.refs > 0) return;
    await this.#terminate();
  }

  /**
   * Stops for good: detaches from the client, ends the book (`close` event, loops over it end) and
   * unsubscribes; the book keeps its last levels.
   */
  async #terminate(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.forget();
    this.#closer.abort(new KrakenBookError(`${this.book.symbol}: book closed`, { code: "book_closed" }));
    for (const off of this.#offs.splice(0)) off();
    this.#feed?.release();
    this.book.end();
    const sub = this.#sub;
    this.#sub = undefined;
    await sub?.unsubscribe();
  }
}

function asBookError(e: unknown, symbol: string): KrakenBookError {
  if (e instanceof KrakenBookError) return e;
  const code = e instanceof KrakenError ? e.code : "book_internal";
  return new KrakenBookError(`${symbol}: ${e instanceof Error ? e.message : String(e)}`, {
    code,
    symbol,
    retryable: !(e instanceof KrakenError) || e.retryable,
    cause: e,
  });
}

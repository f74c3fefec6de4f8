// The shared `instrument` subscription that gives live books their pairs' price and quantity precisions.
import { KrakenValidationError } from "../../errors/base.js";
import { KrakenBookError } from "../../errors/book.js";
import type { Subscription } from "../subscriptions/subscription.js";
import type { InstrumentMessage } from "../types/channels.js";
import type { Host } from "./live-options.js";

const feeds = new WeakMap<Host, PrecisionFeed>();

/** A book for a pair that Kraken's instrument snapshot does not list: it could never be verified. */
const unlisted = (symbol: string) =>
  new KrakenValidationError(`book: ${symbol} is not a pair Kraken lists (instrument channel)`, "symbol");

/** A pair's precisions (decimals of price and of quantity). */
export interface Precision {
  price: number;
  qty: number;
}

/** The client's precision feed (one per client, created on first use). */
export function feedOf(host: Host): PrecisionFeed {
  let feed = feeds.get(host);
  if (!feed) {
    feed = new PrecisionFeed(host);
    feeds.set(host, feed);
  }
  return feed;
}

/**
 * One shared `instrument` subscription per client, held while any live book needs precisions. Its
 * snapshot gives every pair's `price_precision`/`qty_precision`; updates report changes.
 */
export class PrecisionFeed {
  readonly #pairs = new Map<string, Precision>();
  readonly #watchers = new Map<string, Set<(p: Precision) => void>>();
  #refs = 0;
  #sub: Subscription<InstrumentMessage> | undefined;
  #starting: Promise<void> | undefined;
  #failure: unknown;
  /** The snapshot arrived: a pair not in it is not one Kraken trades. */
  #listed = false;

  constructor(private readonly host: Host) {}

  acquire(): void {
    this.#refs++;
    if (this.#starting) return;
    this.#failure = undefined;
    this.#starting = this.host.subscribe({ channel: "instrument" }).then(
      (sub) => {
        if (this.#refs === 0) {
          void sub.unsubscribe();
          return;
        }
        this.#sub = sub as Subscription<InstrumentMessage>;
        void this.#consume(this.#sub);
      },
      (e) => {
        this.#failure = e;
        this.#starting = undefined;
        this.#notify(() => this.#failure);
      },
    );
  }

  release(): void {
    if (--this.#refs > 0) return;
    const sub = this.#sub;
    this.#sub = undefined;
    this.#starting = undefined;
    this.#pairs.clear();
    this.#listed = false;
    void sub?.unsubscribe();
  }

  /** Resolves with the pair's precision once known; rejects if the instrument subscription failed. */
  wait(symbol: string, signal: AbortSignal): Promise<Precision> {
    const known = this.#pairs.get(symbol);
    if (known) return Promise.resolve(known);
    if (this.#listed) return Promise.reject(unlisted(symbol));
    return new Promise((resolve, reject) => {
      const done = () => {
        off();
        signal.removeEventListener("abort", onAbort);
      };
      const off = this.watch(
        symbol,
        (p) => {
          done();
          resolve(p);
        },
        (e) => {
          done();
          reject(e);
        },
      );
      const onAbort = () => {
        done();
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Calls `fn` whenever the pair's precision is (re)published. */
  watch(symbol: string, fn: (p: Precision) => void, onError?: (e: unknown) => void): () => void {
    let set = this.#watchers.get(symbol);
    if (!set) {
      set = new Set();
      this.#watchers.set(symbol, set);
    }
    const entry = Object.assign((p: Precision) => fn(p), { onError });
    set.add(entry);
    return () => set.delete(entry);
  }

  async #consume(sub: Subscription<InstrumentMessage>): Promise<void> {
    try {
      for await (const msg of sub) {
        for (const pair of msg.data.pairs) {
          const p = { price: pair.price_precision, qty: pair.qty_precision };
          if (!Number.isInteger(p.price) || !Number.isInteger(p.qty)) continue;
          const old = this.#pairs.get(pair.symbol);
          if (old && old.price === p.price && old.qty === p.qty) continue;
          this.#pairs.set(pair.symbol, p);
          for (const w of [...(this.#watchers.get(pair.symbol) ?? [])]) w(p);
        }
        if (msg.type !== "snapshot") continue;
        this.#listed = true; // fail every book waiting for a pair Kraken does not list, at once
        this.#notify((symbol) => !this.#pairs.has(symbol) && unlisted(symbol));
      }
    } catch (e) {
      this.#failure = e;
    }
    if (this.#sub === sub) {
      // ended unexpectedly: the next acquire subscribes again
      this.#sub = undefined;
      this.#starting = undefined;
      this.#failure ??= new KrakenBookError("instrument subscription ended", {
        code: "book_precision_unavailable",
      });
      this.#notify(() => this.#failure);
    }
  }

  /** Fails the waiters of each symbol that `errorFor` gives an error for. */
  #notify(errorFor: (symbol: string) => unknown): void {
    for (const [symbol, set] of this.#watchers) {
      const e = errorFor(symbol);
      if (e) for (const w of [...set]) (w as { onError?: (e: unknown) => void }).onError?.(e);
    }
  }
}

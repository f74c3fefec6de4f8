// One v1 request at a time and the frame that answers it (v1 answers carry no id): subscribe and
// unsubscribe, signed with the connection's challenge for private feeds, and their acks, refusals and alerts.
import { KrakenSubscribeError, KrakenWsTimeoutError } from "../errors/ws.js";
import type { Connection } from "../ws/connection/connection.js";
import type { Challenge } from "./challenge.js";
import type { FuturesFrame } from "./decode.js";
import { KrakenFuturesWsAuthError } from "./errors.js";
import { V1_PRIVATE_FEEDS } from "./feeds.js";
import type { FuturesFeed } from "./types.js";

interface Pending {
  readonly answer: string;
  readonly feed: string;
  readonly isPrivate: boolean;
  /** product_ids of the request: an ack naming none of them answers another (earlier) request. */
  readonly products: readonly string[] | undefined;
  resolve(frame: FuturesFrame): void;
  reject(error: unknown): void;
}

/** Sends requests on one connection and matches the frames that answer them. */
export class Requests {
  #pending: Pending | undefined;

  constructor(
    private readonly conn: Connection,
    private readonly timeoutMs: number,
    /** Opens the socket (within the client's deadline) before a request. */
    private readonly ready: (signal?: AbortSignal) => Promise<void>,
    private readonly challenge: Challenge | undefined,
  ) {}

  /** Subscribes or unsubscribes a feed; resolves on Kraken's ack. */
  async send(
    event: "subscribe" | "unsubscribe",
    feed: FuturesFeed,
    products: readonly string[] | undefined,
    signal?: AbortSignal,
  ): Promise<void> {
    await this.ready(signal);
    const isPrivate = V1_PRIVATE_FEEDS.has(feed);
    const msg: Record<string, unknown> = { event, feed };
    if (products && products.length > 0) msg.product_ids = products;
    if (isPrivate && this.challenge) {
      const creds = await this.challenge.get(
        (text, s) => this.#exchange(text, "challenge", "", false, s),
        signal,
      );
      msg.api_key = this.challenge.apiKey;
      msg.original_challenge = creds.original;
      msg.signed_challenge = creds.signed;
    }
    await this.#exchange(JSON.stringify(msg), `${event}d`, feed, isPrivate, signal, products);
  }

  /** Rejects the request in flight (the connection was lost or the client closed). */
  fail(error: unknown): void {
    this.#pending?.reject(error);
  }

  /**
   * Takes an `event` frame: resolves or rejects the request it answers. Returns false for a frame
   * that answers nothing and is not the version banner (the client reports it).
   */
  answer(f: FuturesFrame): boolean {
    const event = f.event;
    const p = this.#pending;
    const message = typeof f.message === "string" ? f.message : undefined;
    if (event === "challenge" || event === "subscribed" || event === "unsubscribed") {
      if (p && p.answer === event && (event === "challenge" || (p.feed === f.feed && answers(p, f))))
        p.resolve(f);
      return true;
    }
    if (event === "subscribed_failed" || event === "unsubscribed_failed") {
      if (p && p.feed === f.feed)
        p.reject(new KrakenSubscribeError(String(f.feed), [{ symbol: undefined, error: message ?? event }]));
      return true;
    }
    if (event === "alert" && p?.isPrivate && /authenticated feed|challenge/i.test(message ?? "")) {
      // Kraken names no feed here: it answers the private request in flight. Ask a fresh challenge next time.
      this.challenge?.forget();
      p.reject(new KrakenFuturesWsAuthError(p.feed, message ?? "alert"));
      return true;
    }
    if ((event === "error" || event === "alert") && p) {
      p.reject(
        new KrakenSubscribeError(p.feed || "challenge", [{ symbol: undefined, error: message ?? event }]),
      );
      return true;
    }
    return event === "info"; // the version banner on connect
  }

  #exchange(
    text: string,
    answer: string,
    feed: string,
    isPrivate: boolean,
    signal?: AbortSignal,
    products?: readonly string[],
  ): Promise<FuturesFrame> {
    return new Promise<FuturesFrame>((resolve, reject) => {
      const timers = this.conn.timers;
      const done = () => {
        timers.clear("fws-request");
        signal?.removeEventListener("abort", onAbort);
        if (this.#pending === pending) this.#pending = undefined;
      };
      const pending: Pending = {
        answer,
        feed,
        isPrivate,
        products,
        resolve: (f) => {
          done();
          resolve(f);
        },
        reject: (e) => {
          done();
          reject(e);
        },
      };
      const onAbort = () => pending.reject(signal?.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#pending = pending;
      timers.set("fws-request", this.timeoutMs, () =>
        pending.reject(new KrakenWsTimeoutError(`${answer} ${feed}`.trim(), this.timeoutMs)),
      );
      try {
        this.conn.send(text);
      } catch (e) {
        pending.reject(e);
      }
    });
  }
}

// Kraken may acknowledge a multi-product request product by product: a late ack of an earlier request
// names products the request in flight does not have.
function answers(p: Pending, f: FuturesFrame): boolean {
  const acked = f.product_ids;
  if (!Array.isArray(acked) || !p.products || p.products.length === 0) return true;
  return acked.some((id) => p.products?.includes(id as string));
}

// KrakenFuturesWs: the Derivatives WebSocket v1 client, on the same connection core as KrakenWs.
import { type AuthentSigner, createAuthentSigner } from "../auth/authent.js";
import { KrakenConfigError, KrakenError, KrakenValidationError } from "../errors/base.js";
import {
  KrakenSubscribeError,
  KrakenWsConnectionError,
  KrakenWsFrameError,
  KrakenWsTimeoutError,
} from "../errors/ws.js";
import { withDeadline } from "../util/abort.js";
import { Emitter } from "../util/emitter.js";
import { Connection, type ConnectionState } from "../ws/connection/connection.js";
import type { WsLifecycleOptions } from "../ws/connection/lifecycle-options.js";
import { LazyChunk } from "../ws/lazy-chunk.js";
import { resolveWsOptions } from "../ws/protocol/options.js";
import {
  type OverflowPolicy,
  Subscription,
  type SubscriptionOwner,
} from "../ws/subscriptions/subscription.js";
import type { FuturesBookOptions, FuturesOrderBook } from "./book.js";
import { BOOK_PREFIX, decodeFuturesFrame, type FuturesFrame, scanBookUpdate } from "./decode.js";
import { KrakenFuturesWsAuthError } from "./errors.js";
import { V1_PRIVATE_FEEDS, V1_PUBLIC_FEEDS } from "./feeds.js";
import type {
  FuturesBookSnapshot,
  FuturesBookUpdate,
  FuturesFeed,
  FuturesFeedMessages,
  FuturesSubscribeParams,
} from "./types.js";

/**
 * Options of {@link KrakenFuturesWs}. Every field is optional; defaults target Kraken production.
 * @example
 * const fws = new KrakenFuturesWs({ apiKey: futuresKey, apiSecret: futuresSecret, logger: console });
 */
export interface KrakenFuturesWsOptions extends WsLifecycleOptions {
  /** Endpoint. Default `wss://futures.kraken.com/ws/v1`. */
  url?: string;
  /** Derivatives API key (private feeds). Spot keys do not work here. */
  apiKey?: string;
  /** Its base64 secret; signs the challenge through Web Crypto. */
  apiSecret?: string;
}

/**
 * Options of one `subscribe` call.
 * @example
 * await fws.subscribe({ feed: "trade", product_ids: ["PF_XBTUSD"] }, { bufferSize: 256, signal });
 */
export interface FuturesSubscribeOptions {
  /** Ends the subscription (and its iteration) when aborted. */
  signal?: AbortSignal;
  /** Messages buffered for a slow iterator. Default 1024. */
  bufferSize?: number;
  /** What a full buffer does. Default "drop-oldest"; "error" for private feeds. */
  overflow?: OverflowPolicy;
}

/**
 * Events of {@link KrakenFuturesWs}.
 * @example
 * fws.on("reconnected", ({ downtimeMs }) => console.log("back after", downtimeMs, "ms"));
 * fws.on("error", (e) => console.warn(e.code, e.message));
 */
export interface FuturesWsEvents {
  state: { state: ConnectionState; previous: ConnectionState };
  open: Record<string, never>;
  disconnected: { code: number; reason: string; willReconnect: boolean };
  reconnecting: { attempt: number; delayMs: number };
  /** Every subscription was restored (with a fresh challenge for private feeds). */
  reconnected: { downtimeMs: number };
  /** A problem that did not end the client (bad frame, a feed that could not be restored, ...). */
  error: KrakenError;
}

// Which subscription feed a message `feed` belongs to (snapshots carry their own names).
const FEED_OF: Readonly<Record<string, FuturesFeed>> = {
  book_snapshot: "book",
  book: "book",
  ticker: "ticker",
  ticker_lite: "ticker_lite",
  trade_snapshot: "trade",
  trade: "trade",
  heartbeat: "heartbeat",
  open_orders_snapshot: "open_orders",
  open_orders: "open_orders",
  open_orders_verbose_snapshot: "open_orders_verbose",
  open_orders_verbose: "open_orders_verbose",
  open_positions: "open_positions",
  balances_snapshot: "balances",
  balances: "balances",
  fills_snapshot: "fills",
  fills: "fills",
  account_log_snapshot: "account_log",
  account_log: "account_log",
  notifications_auth: "notifications_auth",
};

const KEEP_ALIVE = '{"event":"subscribe","feed":"heartbeat"}';

const bookCode = /* @__PURE__ */ new LazyChunk("futures book code", () => import("./book.js"));

/** One feed (and product, for public feeds) subscribed on the wire. */
interface Wire {
  readonly key: string;
  readonly feed: FuturesFeed;
  readonly product: string | undefined;
  /** product_ids sent for a private feed (Kraken's optional filter). */
  readonly filter: readonly string[] | undefined;
  readonly consumers: Set<Subscription<unknown>>;
  readonly books: Set<FuturesOrderBook>;
  /** Connection epoch in which Kraken acknowledged it; another value means not subscribed now. */
  epoch: number;
  resyncing: boolean;
}

interface Pending {
  readonly answer: string;
  readonly feed: string;
  readonly isPrivate: boolean;
  /** product_ids of the request: an ack naming none of them answers another (earlier) request. */
  readonly products: readonly string[] | undefined;
  resolve(frame: FuturesFrame): void;
  reject(error: unknown): void;
}

/**
 * The Derivatives WebSocket v1 (`wss://futures.kraken.com/ws/v1`): streaming market data and account
 * feeds with Derivatives API keys (no order entry; see docs/derivatives.md for the Unified WebSocket).
 * Reconnects with backoff and jitter under the shared connect budget, keeps the socket alive, restores
 * every subscription after a reconnect (private ones with a fresh challenge), and reads every price
 * and quantity as an exact decimal string.
 * @example
 * const fws = new KrakenFuturesWs({ apiKey, apiSecret });
 * const ticker = await fws.subscribe({ feed: "ticker", product_ids: ["PF_XBTUSD"] });
 * ticker.on("message", (t) => console.log(t.product_id, t.markPrice, t.funding_rate));
 * const book = await fws.book({ product_id: "PF_XBTUSD" });
 * console.log(book.bestBid(), book.bestAsk()); // { price: "34892.5", qty: "6385" } ...
 * for await (const m of await fws.subscribe({ feed: "fills" })) console.log(m.fills);
 * await fws.close();
 */
export class KrakenFuturesWs {
  readonly #events: Emitter<FuturesWsEvents>;
  readonly #conn: Connection;
  readonly #requestTimeoutMs: number;
  readonly #apiKey: string | undefined;
  readonly #signer: AuthentSigner | undefined;
  readonly #wires = new Map<string, Wire>();
  /** The same wires by feed, then product ("" for feeds without one): the per-frame lookup builds no key. */
  readonly #route = new Map<string, Map<string, Wire>>();
  readonly #subWires = new Map<Subscription<unknown>, Wire[]>();
  readonly #owner: SubscriptionOwner;
  #queue: Promise<unknown> = Promise.resolve();
  #pending: Pending | undefined;
  #creds: Promise<{ original: string; signed: string }> | undefined;
  #epoch = 0;
  #closed = false;
  #challenges = 0;

  constructor(options: KrakenFuturesWsOptions = {}) {
    if (options.pingIntervalMs !== undefined && options.pingIntervalMs > 60_000)
      throw new KrakenConfigError("pingIntervalMs must be at most 60000 (Kraken asks for one every 60 s)");
    const o = resolveWsOptions({
      ...options,
      url: options.url ?? "wss://futures.kraken.com/ws/v1",
      pingIntervalMs: options.pingIntervalMs ?? 20_000,
      staleAfterMs: options.staleAfterMs ?? 45_000,
    });
    const logger = o.logger;
    this.#events = new Emitter<FuturesWsEvents>((e) => logger.error?.("event listener threw", e));
    this.#requestTimeoutMs = o.requestTimeoutMs;
    if (options.apiKey !== undefined || options.apiSecret !== undefined) {
      if (!options.apiKey) throw new KrakenConfigError("apiKey is required with apiSecret");
      this.#apiKey = options.apiKey;
      this.#signer = createAuthentSigner(options.apiSecret ?? "");
    }
    // Built as a variable: Subscription owners gain hooks over time, and extra ones are harmless.
    const owner = {
      release: (s: Subscription<unknown>) => this.#serial(() => this.#detach(s)),
      listenerError: (e: unknown) => logger.error?.("subscription listener threw", e),
    };
    this.#owner = owner;
    this.#conn = new Connection("public", o.urls.public, o.WebSocket, o.policy, o.budget, {
      frame: (text) => this.#frame(text),
      opened: (isReconnect, downtimeMs) => this.#opened(isReconnect, downtimeMs),
      lost: (info) => this.#lost(info),
      state: (state, previous) => this.#events.emit("state", { state, previous }),
      reconnecting: (attempt, delayMs) => this.#events.emit("reconnecting", { attempt, delayMs }),
      // Kraken documents no JSON ping on v1: a heartbeat subscribe is a client message Kraken answers.
      pingFrame: () => KEEP_ALIVE,
    });
  }

  /** Adds an event listener; returns a function that removes it. */
  on<K extends keyof FuturesWsEvents>(event: K, fn: (payload: FuturesWsEvents[K]) => void): () => void {
    return this.#events.on(event, fn);
  }

  /** Removes a listener. */
  off<K extends keyof FuturesWsEvents>(event: K, fn: (payload: FuturesWsEvents[K]) => void): void {
    this.#events.off(event, fn);
  }

  /** State of the socket ("idle" until first needed). */
  get state(): ConnectionState {
    return this.#closed ? "closed" : this.#conn.state;
  }

  /** Counters for leak tests and monitoring. */
  get diagnostics(): { timers: number; wires: number; subscriptions: number; challenges: number } {
    return {
      timers: this.#conn.timers.size,
      wires: this.#wires.size,
      subscriptions: this.#subWires.size,
      challenges: this.#challenges,
    };
  }

  /** Opens the socket now instead of on first use. */
  async connect(signal?: AbortSignal): Promise<void> {
    await this.#openWithin(signal);
  }

  /** Drops the socket and lets it reconnect (tests, manual recovery). */
  reconnect(reason = "requested"): void {
    this.#conn.restart(reason);
  }

  /**
   * Subscribes to a feed; resolves when Kraken acknowledged it. Private feeds request a challenge
   * once per connection and send it signed. Identical subscriptions share one wire subscription.
   * @throws KrakenSubscribeError when Kraken answers `subscribed_failed` or an error
   * @throws KrakenFuturesWsAuthError when Kraken refuses the signed challenge
   * @example
   * const trades = await fws.subscribe({ feed: "trade", product_ids: ["PF_XBTUSD"] });
   * for await (const m of trades) if (m.feed === "trade") console.log(m.side, m.qty, "@", m.price);
   */
  async subscribe<P extends FuturesSubscribeParams>(
    params: P,
    options: FuturesSubscribeOptions = {},
  ): Promise<Subscription<FuturesFeedMessages[P["feed"]]>> {
    const feed = params.feed;
    const products = this.#validate(params);
    this.#checkOpen();
    options.signal?.throwIfAborted();
    const isPrivate = V1_PRIVATE_FEEDS.has(feed);
    const sub = new Subscription<unknown>(
      feed,
      products,
      this.#owner,
      options.bufferSize ?? 1024,
      options.overflow ?? (isPrivate ? "error" : "drop-oldest"),
      options.signal,
    );
    await this.#serial(async () => {
      let wires: Wire[];
      try {
        wires = this.#wiresFor(feed, products);
      } catch (e) {
        sub.finish(e);
        throw e;
      }
      for (const w of wires) w.consumers.add(sub);
      this.#subWires.set(sub, wires);
      try {
        // a book joining a product already on the wire needs a snapshot of its own
        await this.#ensure(feed, wires, options.signal, feed === "book");
        options.signal?.throwIfAborted();
      } catch (e) {
        await this.#detach(sub);
        sub.finish(e);
        throw e;
      }
    });
    return sub as Subscription<FuturesFeedMessages[P["feed"]]>;
  }

  /**
   * A live book of one product: resolves once its snapshot is applied. A `seq` gap, a repeated
   * `seq` or a crossed book clears it and asks Kraken for a fresh snapshot of this product only.
   * @example
   * const book = await fws.book({ product_id: "PF_XBTUSD" });
   * book.bids(5); // [{ price: "34892.5", qty: "6385" }, ...] exact strings
   * book.on("update", () => console.log(book.spread()));
   */
  async book(options: FuturesBookOptions): Promise<FuturesOrderBook> {
    if (typeof options.product_id !== "string" || options.product_id.length === 0)
      throw new KrakenValidationError("product_id must be a non-empty string", "product_id");
    const { FuturesOrderBook } = await bookCode.load();
    this.#checkOpen();
    options.signal?.throwIfAborted();
    const book = new FuturesOrderBook(options);
    const wire = this.#wiresFor("book", [options.product_id])[0] as Wire;
    const synced = new Promise<void>((resolve) => book.once("update", () => resolve()));
    await this.#serial(async () => {
      wire.books.add(book);
      try {
        await this.#ensure("book", [wire], options.signal, true);
      } catch (e) {
        wire.books.delete(book);
        this.#dropIfUnused(wire);
        throw e;
      }
    });
    book.on("resync", ({ reason }) => {
      if (reason !== "reconnect" && reason !== "subscription-ended") this.#resync(wire);
    });
    let stopped = false;
    book.stop = () => {
      if (stopped) return Promise.resolve();
      stopped = true;
      return this.#serial(async () => {
        wire.books.delete(book);
        await this.#releaseWires([wire]);
      });
    };
    options.signal?.addEventListener("abort", () => void book.close(), { once: true });
    try {
      await withDeadline(
        synced,
        this.#requestTimeoutMs,
        () => new KrakenWsTimeoutError("book snapshot", this.#requestTimeoutMs, "yes"),
        options.signal,
      );
    } catch (e) {
      await book.close();
      throw e;
    }
    return book;
  }

  /** Closes the socket; subscriptions end, pending requests reject. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const error = new KrakenWsConnectionError("client closed", { connection: "futures", retryable: false });
    this.#conn.close(1000, "client closed");
    this.#pending?.reject(error);
    for (const sub of [...this.#subWires.keys()]) sub.finish();
    for (const w of this.#wires.values()) for (const b of w.books) b.removeAllListeners();
    this.#subWires.clear();
    this.#wires.clear();
    this.#route.clear();
  }

  /** `await using fws = new KrakenFuturesWs()` closes at scope exit. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  // ---------------------------------------------------------------- wires

  #validate(params: FuturesSubscribeParams): string[] {
    const feed: string = params.feed;
    if (!V1_PUBLIC_FEEDS.has(feed) && !V1_PRIVATE_FEEDS.has(feed))
      throw new KrakenValidationError(`unknown Derivatives feed "${feed}"`, "feed");
    const list = "product_ids" in params ? params.product_ids : undefined;
    if (list !== undefined) {
      if (!Array.isArray(list) || list.some((p) => typeof p !== "string" || p.length === 0))
        throw new KrakenValidationError("product_ids must be non-empty strings", "product_ids");
    }
    if (V1_PRIVATE_FEEDS.has(feed)) {
      if (!this.#signer)
        throw new KrakenConfigError(`${feed} is a private feed: pass the Derivatives apiKey and apiSecret`);
      return list ? [...list] : [];
    }
    if (feed === "heartbeat") return [];
    if (!list || list.length === 0)
      throw new KrakenValidationError(`${feed} needs at least one product id`, "product_ids");
    return [...new Set(list)];
  }

  #wiresFor(feed: FuturesFeed, products: readonly string[]): Wire[] {
    const keyed = V1_PRIVATE_FEEDS.has(feed) || feed === "heartbeat" ? [undefined] : products;
    return keyed.map((product) => {
      const key = `${feed}|${product ?? ""}`;
      let w = this.#wires.get(key);
      if (!w) {
        w = {
          key,
          feed,
          product,
          filter: product === undefined && products.length > 0 ? products : undefined,
          consumers: new Set(),
          books: new Set(),
          epoch: -1,
          resyncing: false,
        };
        this.#wires.set(key, w);
        let byProduct = this.#route.get(feed);
        if (!byProduct) {
          byProduct = new Map();
          this.#route.set(feed, byProduct);
        }
        byProduct.set(product ?? "", w);
      } else if (product === undefined && products.join() !== (w.filter ?? []).join()) {
        throw new KrakenValidationError(
          `${feed} is already subscribed with other product_ids on this client`,
          "product_ids",
        );
      }
      return w;
    });
  }

  /**
   * Subscribes the wires not yet acknowledged on this connection; with `refresh`, wires already
   * subscribed are subscribed again (unsubscribe, subscribe) so Kraken sends a new snapshot.
   */
  async #ensure(
    feed: FuturesFeed,
    wires: readonly Wire[],
    signal?: AbortSignal,
    refresh = false,
  ): Promise<void> {
    const active = refresh ? wires.filter((w) => w.epoch === this.#epoch) : [];
    if (active.length > 0) {
      await this.#request("unsubscribe", feed, this.#productsOf(active), signal);
      for (const w of active) w.epoch = -1;
    }
    const fresh = wires.filter((w) => w.epoch !== this.#epoch);
    if (fresh.length === 0) return;
    await this.#request("subscribe", feed, this.#productsOf(fresh), signal);
    for (const w of fresh) w.epoch = this.#epoch;
  }

  #productsOf(wires: readonly Wire[]): string[] | undefined {
    const first = wires[0];
    if (first?.product === undefined) return first?.filter ? [...first.filter] : undefined;
    return wires.map((w) => w.product as string);
  }

  async #detach(sub: Subscription<unknown>): Promise<void> {
    const wires = this.#subWires.get(sub);
    if (!wires) return;
    this.#subWires.delete(sub);
    for (const w of wires) w.consumers.delete(sub);
    await this.#releaseWires(wires);
  }

  /** Unsubscribes the wires nobody uses any more. */
  async #releaseWires(wires: readonly Wire[]): Promise<void> {
    const gone = wires.filter((w) => this.#dropIfUnused(w) && w.epoch === this.#epoch);
    const first = gone[0];
    if (!first || this.#closed || this.#conn.state !== "open") return;
    try {
      await this.#request("unsubscribe", first.feed, this.#productsOf(gone));
    } catch (e) {
      this.#events.emit("error", asError(e));
    }
  }

  #dropIfUnused(w: Wire): boolean {
    if (w.consumers.size > 0 || w.books.size > 0) return false;
    if (this.#wires.get(w.key) === w) {
      this.#wires.delete(w.key);
      this.#route.get(w.feed)?.delete(w.product ?? "");
    }
    return true;
  }

  /** A book failed a check: a fresh snapshot of this product only (unsubscribe, subscribe). */
  #resync(wire: Wire): void {
    if (wire.resyncing || this.#closed) return;
    wire.resyncing = true;
    void this.#serial(async () => {
      try {
        if (this.#conn.state !== "open" || wire.epoch !== this.#epoch || this.#wires.get(wire.key) !== wire)
          return; // a reconnect replays it anyway
        await this.#request("unsubscribe", "book", [wire.product as string]);
        wire.epoch = -1;
        await this.#ensure("book", [wire]);
      } catch (e) {
        if (!this.#closed) this.#events.emit("error", asError(e));
      } finally {
        wire.resyncing = false;
      }
    });
  }

  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => {});
    return run;
  }

  // ---------------------------------------------------------------- requests

  async #request(
    event: "subscribe" | "unsubscribe",
    feed: FuturesFeed,
    products: readonly string[] | undefined,
    signal?: AbortSignal,
  ): Promise<void> {
    await this.#openWithin(signal);
    const isPrivate = V1_PRIVATE_FEEDS.has(feed);
    const msg: Record<string, unknown> = { event, feed };
    if (products && products.length > 0) msg.product_ids = products;
    if (isPrivate) {
      const creds = await this.#challenge(signal);
      msg.api_key = this.#apiKey;
      msg.original_challenge = creds.original;
      msg.signed_challenge = creds.signed;
    }
    await this.#exchange(JSON.stringify(msg), `${event}d`, feed, isPrivate, signal, products);
  }

  /** The signed challenge of this connection, requested on first need (single flight). */
  #challenge(signal?: AbortSignal): Promise<{ original: string; signed: string }> {
    const signer = this.#signer as AuthentSigner;
    if (!this.#creds) {
      this.#challenges++;
      const p = this.#exchange(
        JSON.stringify({ event: "challenge", api_key: this.#apiKey }),
        "challenge",
        "",
        false,
        signal,
      ).then(async (f) => {
        const original = typeof f.message === "string" ? f.message : "";
        if (!original) throw new KrakenFuturesWsAuthError("challenge", "no challenge in the answer");
        return { original, signed: await signer.sign(original, "", "") };
      });
      this.#creds = p;
      p.catch(() => {
        if (this.#creds === p) this.#creds = undefined;
      });
    }
    return this.#creds;
  }

  /** Sends one request and waits for its answer (one request in flight: v1 answers carry no id). */
  #exchange(
    text: string,
    answer: string,
    feed: string,
    isPrivate: boolean,
    signal?: AbortSignal,
    products?: readonly string[],
  ): Promise<FuturesFrame> {
    return new Promise<FuturesFrame>((resolve, reject) => {
      const timers = this.#conn.timers;
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
      timers.set("fws-request", this.#requestTimeoutMs, () =>
        pending.reject(new KrakenWsTimeoutError(`${answer} ${feed}`.trim(), this.#requestTimeoutMs)),
      );
      try {
        this.#conn.send(text);
      } catch (e) {
        pending.reject(e);
      }
    });
  }

  async #openWithin(signal?: AbortSignal): Promise<void> {
    this.#checkOpen();
    if (this.#conn.state === "open") return;
    const ms = this.#requestTimeoutMs * 2;
    await withDeadline(
      this.#conn.open(),
      ms,
      () =>
        new KrakenWsConnectionError(`not connected within ${ms} ms`, {
          connection: "futures",
          code: "ws_connect_timeout",
        }),
      signal,
    );
  }

  #checkOpen(): void {
    if (this.#closed)
      throw new KrakenWsConnectionError("client is closed", { connection: "futures", retryable: false });
  }

  // ---------------------------------------------------------------- frames

  #frame(text: string): void {
    // the hot path: a book update in Kraken's layout goes straight to its wire
    if (text.startsWith(BOOK_PREFIX)) {
      const u = scanBookUpdate(text) as FuturesBookUpdate | undefined;
      if (u) {
        const wire = this.#route.get("book")?.get(u.product_id);
        if (wire) {
          if (wire.books.size > 0) {
            // the scanned layout ends with the timestamp's digits: the book keeps them as text
            const timestamp = text.slice(text.lastIndexOf(":") + 1, -1);
            for (const b of wire.books) b.applyFeed(u, timestamp);
          }
          for (const c of wire.consumers) c.push(u);
        }
        return;
      }
    }
    let f: FuturesFrame | undefined;
    try {
      f = decodeFuturesFrame(text);
    } catch (e) {
      this.#events.emit("error", new KrakenWsFrameError("unreadable frame", redact(text), "futures", e));
      return;
    }
    if (!f) return;
    const feed = f.feed;
    if (typeof feed === "string" && f.event === undefined) {
      const sub = FEED_OF[feed];
      if (!sub) return;
      if (sub === "heartbeat") this.#conn.pong();
      const product = typeof f.product_id === "string" && V1_PUBLIC_FEEDS.has(sub) ? f.product_id : "";
      const wire = this.#route.get(sub)?.get(product);
      if (!wire) return;
      for (const b of wire.books) b.applyFeed(f as unknown as FuturesBookSnapshot | FuturesBookUpdate);
      for (const c of wire.consumers) c.push(f);
      return;
    }
    this.#event(f, text);
  }

  #event(f: FuturesFrame, text: string): void {
    const event = f.event;
    const p = this.#pending;
    const message = typeof f.message === "string" ? f.message : undefined;
    if (event === "subscribed" && f.feed === "heartbeat") this.#conn.pong();
    if (event === "challenge" || event === "subscribed" || event === "unsubscribed") {
      if (p && p.answer === event && (event === "challenge" || (p.feed === f.feed && answers(p, f))))
        p.resolve(f);
      return;
    }
    if (event === "subscribed_failed" || event === "unsubscribed_failed") {
      if (p && p.feed === f.feed)
        p.reject(new KrakenSubscribeError(String(f.feed), [{ symbol: undefined, error: message ?? event }]));
      return;
    }
    if (event === "alert" && p?.isPrivate && /authenticated feed|challenge/i.test(message ?? "")) {
      // Kraken names no feed here: it answers the private request in flight. Ask a fresh challenge next time.
      this.#creds = undefined;
      p.reject(new KrakenFuturesWsAuthError(p.feed, message ?? "alert"));
      return;
    }
    if ((event === "error" || event === "alert") && p) {
      p.reject(
        new KrakenSubscribeError(p.feed || "challenge", [{ symbol: undefined, error: message ?? event }]),
      );
      return;
    }
    if (event === "info") return; // the version banner on connect
    this.#events.emit(
      "error",
      new KrakenWsFrameError(`unexpected ${event ?? "frame"}`, redact(text), "futures"),
    );
  }

  // ---------------------------------------------------------------- lifecycle

  #opened(isReconnect: boolean, downtimeMs: number): void {
    this.#epoch++;
    this.#creds = undefined; // a challenge belongs to one connection
    this.#events.emit("open", {});
    if (!isReconnect) return;
    const epoch = this.#epoch;
    void this.#serial(async () => {
      const groups = new Map<FuturesFeed, Wire[]>();
      for (const w of this.#wires.values()) {
        if (w.epoch === epoch) continue;
        const list = groups.get(w.feed) ?? [];
        list.push(w);
        groups.set(w.feed, list);
      }
      for (const [feed, wires] of groups) {
        if (this.#epoch !== epoch || this.#closed) return;
        try {
          await this.#ensure(feed, wires);
          for (const w of wires) for (const c of w.consumers) c.emit("resubscribed", { reason: "reconnect" });
        } catch (e) {
          if (this.#epoch !== epoch || this.#closed || this.#conn.state !== "open") return;
          const error = asError(e);
          for (const w of wires) for (const c of w.consumers) c.emit("error", error);
          this.#events.emit("error", error);
        }
      }
      if (this.#epoch === epoch && !this.#closed) this.#events.emit("reconnected", { downtimeMs });
    });
  }

  #lost(info: { code: number; reason: string; final: boolean; error: KrakenWsConnectionError }): void {
    this.#pending?.reject(info.error);
    this.#creds = undefined;
    for (const w of this.#wires.values())
      for (const b of w.books) if (b.synced || b.seq !== undefined) b.reset("reconnect");
    this.#events.emit("disconnected", { code: info.code, reason: info.reason, willReconnect: !info.final });
    if (!info.final || this.#closed) return;
    this.#events.emit("error", info.error);
    for (const sub of [...this.#subWires.keys()]) sub.finish(info.error);
    this.#subWires.clear();
  }
}

// Kraken may acknowledge a multi-product request product by product: a late ack of an earlier request
// names products the request in flight does not have.
function answers(p: Pending, f: FuturesFrame): boolean {
  const acked = f.product_ids;
  if (!Array.isArray(acked) || !p.products || p.products.length === 0) return true;
  return acked.some((id) => p.products?.includes(id as string));
}

// v1 acks echo the key and the signed challenge: cut them before a frame reaches an error excerpt.
const SECRET_FIELD = /("(?:api_key|original_challenge|signed_challenge)"\s*:\s*")[^"]*"/g;
function redact(text: string): string {
  return text.replace(SECRET_FIELD, '$1[redacted]"');
}

function asError(e: unknown): KrakenError {
  return e instanceof KrakenError
    ? e
    : new KrakenError(e instanceof Error ? e.message : String(e), {
        code: "ws_error",
        category: "websocket",
      });
}

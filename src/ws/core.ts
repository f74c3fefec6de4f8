// The client's core: connections and their links, subscribe, requests by `req_id`, close.
import type { KrakenWsConnectionError } from "../errors/ws.js";
import { Emitter } from "../util/emitter.js";
import { Connection, type ConnectionName, type ConnectionState } from "./connection/connection.js";
import { Timers } from "./connection/timers.js";
import { bookCode } from "./lazy-chunk.js";
import type { Link } from "./protocol/link.js";
import { type KrakenWsOptions, type ResolvedWsOptions, resolveWsOptions } from "./protocol/options.js";
import { type RequestSpec, RequestTracker, type WsResponse } from "./protocol/requests.js";
import { closedError, type RequestContext, sendRequest } from "./protocol/send-request.js";
import { TokenSource } from "./protocol/token-source.js";
import type { KrakenWsEvents } from "./subscriptions/events.js";
import { openSubscription } from "./subscriptions/open-subscription.js";
import { linkOf, Registry } from "./subscriptions/registry.js";
import { asKrakenError, Router } from "./subscriptions/router.js";
import { SequenceTracker } from "./subscriptions/sequence.js";
import type { SubscribeOptions, Subscription } from "./subscriptions/subscription.js";
import { validateSubscribe } from "./subscriptions/validate.js";
import { WireSubscriptions } from "./subscriptions/wire-subscriptions.js";
import type { MessageOf, StatusData, SubscribeParams } from "./types/channels.js";

export type { RequestSpec } from "./protocol/requests.js";
export type { SubscribeOptions } from "./subscriptions/subscription.js";

/**
 * Connections, routing, subscriptions and request correlation. {@link KrakenWs} adds trading on top.
 * @internal
 */
export class KrakenWsCore {
  // The protected members below are for KrakenWs (the only subclass), not an extension API: they are
  // marked @internal so the API docs (typedoc excludeInternal) leave them out.
  /**
   * Resolved options.
   * @internal
   */
  protected readonly o: ResolvedWsOptions;
  /**
   * Event hub behind `on`/`once`/`off`.
   * @internal
   */
  protected readonly events: Emitter<KrakenWsEvents>;
  /**
   * Named timers, all cleared on close.
   * @internal
   */
  protected readonly timers = new Timers();
  /**
   * Set once by `close()`.
   * @internal
   */
  protected closed = false;
  readonly #links = new Map<ConnectionName, Link>();
  readonly #registry = new Registry();
  readonly #seq = new SequenceTracker();
  readonly #status = new Map<ConnectionName, StatusData>();
  readonly #router: Router;
  readonly #subs: WireSubscriptions;
  readonly #subIds = new WeakMap<Subscription<unknown>, number>();
  #reqId = 0;
  #subSeq = 0;
  readonly #tokens: TokenSource;
  readonly #requestContext: RequestContext;
  /**
   * Reports an exception thrown by a listener (the client's, a subscription's or a live book's).
   * @internal
   */
  readonly listenerError = (e: unknown): void => this.o.logger.error?.("event listener threw", e);

  constructor(options: KrakenWsOptions = {}) {
    this.o = resolveWsOptions(options);
    this.events = new Emitter<KrakenWsEvents>(this.listenerError);
    this.#tokens = new TokenSource(this.o);
    this.#requestContext = {
      o: this.o,
      tokens: this.#tokens,
      link: (name) => this.link(name),
      nextReqId: () => ++this.#reqId,
      isClosed: () => this.closed,
    };
    this.#subs = new WireSubscriptions({
      o: this.o,
      events: this.events,
      timers: this.timers,
      registry: this.#registry,
      seq: this.#seq,
      subIds: this.#subIds,
      request: (name, method, params, spec) => this.request(name, method, params, spec),
      serial: (link, fn) => this.#serial(link, fn),
      isClosed: () => this.closed,
    });
    this.#router = new Router(
      this.o,
      this.events,
      this.#registry,
      this.#seq,
      this.#status,
      () => this.closed,
      (link, params) => this.request(link.name, "unsubscribe", params, { expected: 1 }).catch(() => {}),
      () => bookCode.value?.decodeBookMessage,
    );
  }

  /** Adds an event listener; returns a function that removes it. */
  on<K extends keyof KrakenWsEvents>(event: K, fn: (payload: KrakenWsEvents[K]) => void): () => void {
    return this.events.on(event, fn);
  }

  /** Adds a listener called once. */
  once<K extends keyof KrakenWsEvents>(event: K, fn: (payload: KrakenWsEvents[K]) => void): () => void {
    return this.events.once(event, fn);
  }

  /** Removes a listener. */
  off<K extends keyof KrakenWsEvents>(event: K, fn: (payload: KrakenWsEvents[K]) => void): void {
    this.events.off(event, fn);
  }

  /** State of one connection ("idle" until first needed). */
  connectionState(connection: ConnectionName = "public"): ConnectionState {
    if (this.closed) return "closed";
    return this.#links.get(connection)?.conn.state ?? "idle";
  }

  /** Last `status` Kraken pushed on a connection (engine state: online, maintenance, cancel_only …). */
  systemStatus(connection: ConnectionName = "public"): StatusData | undefined {
    return this.#status.get(connection);
  }

  /** Counters for leak tests and monitoring: timers, pending requests, wire subscriptions, listeners. */
  get diagnostics(): {
    timers: number;
    pendingRequests: number;
    wireSubscriptions: number;
    consumers: number;
    listeners: number;
  } {
    let timers = this.timers.size;
    let pendingRequests = 0;
    for (const l of this.#links.values()) {
      timers += l.conn.timers.size;
      pendingRequests += l.requests.size;
    }
    return {
      timers,
      pendingRequests,
      wireSubscriptions: this.#registry.byId.size,
      consumers: this.#registry.bySub.size,
      listeners: this.events.listenerCount(),
    };
  }

  /** Opens a connection now instead of on first use. */
  async connect(connection: ConnectionName = "public"): Promise<void> {
    if (this.closed) throw closedError(connection);
    await this.link(connection).conn.open();
  }

  /** Drops a connection and lets it reconnect (for tests and manual recovery). */
  reconnect(connection: ConnectionName = "public", reason = "requested"): void {
    this.#links.get(connection)?.conn.restart(reason);
  }

  /**
   * Subscribes to a channel. Resolves when Kraken acknowledged every symbol; rejects with a
   * {@link KrakenSubscribeError} listing each symbol Kraken refused (nothing stays subscribed then).
   * Identical subscriptions share one wire subscription.
   * @example
   * const sub = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD", "ETH/USD"] });
   * for await (const msg of sub) for (const t of msg.data) console.log(t.symbol, t.last);
   */
  async subscribe<P extends SubscribeParams>(
    params: P,
    options: SubscribeOptions = {},
  ): Promise<Subscription<MessageOf<P["channel"]>>> {
    validateSubscribe(params, this.#registry, this.o.getToken !== undefined);
    // book frames need the lossless book decoder, loaded on first use (lazy-chunk.ts)
    if (this.o.decodeBook === undefined && (params.channel === "book" || params.channel === "level3"))
      await bookCode.load();
    if (this.closed) throw closedError("public");
    options.signal?.throwIfAborted();
    const link = this.link(linkOf(params.channel));
    this.#registry.plan(params); // conflicts fail fast, before queueing
    const sub = await openSubscription(
      {
        registry: this.#registry,
        subs: this.#subs,
        subIds: this.#subIds,
        nextSubId: () => ++this.#subSeq,
        serial: (l, fn) => this.#serial(l, fn),
        listenerError: this.listenerError,
      },
      link,
      params,
      options,
    );
    return sub as Subscription<MessageOf<P["channel"]>>;
  }

  /** Closes every connection; subscriptions end, pending requests reject. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.timers.clearAll();
    for (const link of this.#links.values()) {
      link.alive.abort();
      link.conn.close(1000, "client closed");
      link.requests.dropAll(closedError(link.name));
    }
    for (const sub of [...this.#registry.bySub.keys()]) sub.finish();
    this.#registry.bySub.clear();
    this.#registry.byId.clear();
    this.#registry.byRoute.clear();
  }

  /** `await using ws = new KrakenWs()` closes at scope exit. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  // ---------------------------------------------------------------- links

  /**
   * The link for a connection, created (not opened) on first use.
   * @internal
   */
  protected link(name: ConnectionName): Link {
    let link = this.#links.get(name);
    if (link) return link;
    const requests = new RequestTracker();
    const conn: Connection = new Connection(
      name,
      this.o.urls[name],
      this.o.WebSocket,
      this.o.policy,
      this.o.budget,
      {
        frame: (text) => this.#router.frame(created, text),
        opened: (isReconnect, downtimeMs) => this.#opened(created, isReconnect, downtimeMs),
        lost: (info) => this.#lost(created, info),
        state: (state, previous) => this.events.emit("state", { connection: name, state, previous }),
        reconnecting: (attempt, delayMs) =>
          this.events.emit("reconnecting", { connection: name, attempt, delayMs }),
        pingFrame: () => JSON.stringify({ method: "ping", req_id: ++this.#reqId }),
      },
    );
    const created: Link = {
      name,
      conn,
      requests,
      queue: Promise.resolve(),
      epoch: 0,
      alive: new AbortController(),
    };
    this.#links.set(name, created);
    link = created;
    return link;
  }

  #opened(link: Link, isReconnect: boolean, downtimeMs: number): void {
    link.epoch++;
    link.alive = new AbortController();
    this.events.emit("open", { connection: link.name });
    if (!isReconnect) return;
    if (link.name !== "public") this.#tokens.drop(); // fresh token after every private reconnect
    const hadBaseline = link.name === "auth" ? this.#seq.reset() : [];
    void this.#serial(link, () => this.#subs.replay(link))
      .then((ok) => {
        if (!ok) return;
        this.onReconnected(link.name);
        this.events.emit("reconnected", { connection: link.name, downtimeMs });
        for (const channel of hadBaseline) this.#router.gap({ channel, reason: "reconnect" });
      })
      .catch((e) => {
        // A socket that drops mid-replay replays again on its next open. One that stays open but does
        // not answer would leave subscriptions half restored: restart it so the replay runs again.
        if (this.closed || link.conn.state !== "open" || link.alive.signal.aborted) return;
        this.events.emit("error", asKrakenError(e));
        link.conn.restart("subscriptions could not be restored");
      });
  }

  /**
   * Hook for subclasses (the dead man's switch re-arms here).
   * @internal
   */
  protected onReconnected(_connection: ConnectionName): void {}

  #lost(
    link: Link,
    info: { code: number; reason: string; final: boolean; failed: boolean; error: KrakenWsConnectionError },
  ): void {
    link.alive.abort();
    link.requests.dropAll(info.error);
    this.events.emit("disconnected", {
      connection: link.name,
      code: info.code,
      reason: info.reason,
      willReconnect: !info.final,
    });
    if (this.closed || !(info.final || info.failed)) return;
    this.events.emit("error", info.error); // every failed attempt, and the end
    if (!info.final) return;
    for (const sub of this.#registry.consumersOn(link.name)) {
      this.#subs.forget(link, sub);
      sub.finish(info.error);
    }
  }

  #serial<T>(link: Link, fn: () => Promise<T>): Promise<T> {
    const run = link.queue.then(fn, fn);
    link.queue = run.catch(() => {});
    return run;
  }

  // ---------------------------------------------------------------- requests

  /**
   * Current token (single-flight; refetched after a private reconnect or a token error).
   * @internal
   */
  protected token(): Promise<string> {
    return this.#tokens.get();
  }

  /**
   * Sends one request and collects `expected` answers by `req_id`. Private requests carry the token;
   * when Kraken rejects every answer for the token, a fresh one is fetched and the request is sent once
   * more (Kraken refused it, so resending cannot duplicate anything).
   * @internal
   */
  protected request(
    name: ConnectionName,
    method: string,
    params: Record<string, unknown> | undefined,
    spec: RequestSpec,
  ): Promise<WsResponse[]> {
    return sendRequest(this.#requestContext, name, method, params, spec);
  }
}

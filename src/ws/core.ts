// The client's core: connections and their links, subscribe, requests by `req_id`, close.
import { Emitter } from "../util/emitter.js";
import type { ConnectionName, ConnectionState } from "./connection/connection.js";
import { Timers } from "./connection/timers.js";
import { type CoreContext, newLink, serial } from "./core-links.js";
import { bookCode } from "./lazy-chunk.js";
import type { Link } from "./protocol/link.js";
import { type KrakenWsOptions, type ResolvedWsOptions, resolveWsOptions } from "./protocol/options.js";
import type { RequestSpec, WsResponse } from "./protocol/requests.js";
import { closedError, sendRequest } from "./protocol/send-request.js";
import { TokenSource } from "./protocol/token-source.js";
import type { KrakenWsEvents } from "./subscriptions/events.js";
import { openSubscription } from "./subscriptions/open-subscription.js";
import { linkOf, Registry } from "./subscriptions/registry.js";
import { Router } from "./subscriptions/router.js";
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
  readonly #c: CoreContext;
  /**
   * Reports an exception thrown by a listener (the client's, a subscription's or a live book's).
   * @internal
   */
  readonly listenerError = (e: unknown): void => this.o.logger.error?.("event listener threw", e);

  constructor(options: KrakenWsOptions = {}) {
    const o = resolveWsOptions(options);
    this.o = o;
    const events = new Emitter<KrakenWsEvents>(this.listenerError);
    this.events = events;
    let reqId = 0;
    let subId = 0;
    const c: CoreContext = {
      o,
      events,
      timers: this.timers,
      registry: new Registry(),
      seq: new SequenceTracker(),
      subIds: new WeakMap(),
      links: new Map(),
      status: new Map(),
      tokens: new TokenSource(o),
      // both are built on the context: set right below
      subs: undefined as unknown as WireSubscriptions,
      router: undefined as unknown as Router,
      listenerError: this.listenerError,
      link: (name) => this.link(name),
      nextReqId: () => ++reqId,
      nextSubId: () => ++subId,
      request: (name, method, params, spec) => this.request(name, method, params, spec),
      serial,
      isClosed: () => this.closed,
      reconnected: (name) => this.onReconnected(name),
    };
    this.#c = c;
    c.subs = new WireSubscriptions(c);
    c.router = new Router(
      o,
      events,
      c.registry,
      c.seq,
      c.status,
      c.isClosed,
      (link, params) => c.request(link.name, "unsubscribe", params, { expected: 1 }).catch(() => {}),
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
    return this.#c.links.get(connection)?.conn.state ?? "idle";
  }

  /** Last `status` Kraken pushed on a connection (engine state: online, maintenance, cancel_only …). */
  systemStatus(connection: ConnectionName = "public"): StatusData | undefined {
    return this.#c.status.get(connection);
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
    for (const l of this.#c.links.values()) {
      timers += l.conn.timers.size;
      pendingRequests += l.requests.size;
    }
    return {
      timers,
      pendingRequests,
      wireSubscriptions: this.#c.registry.byId.size,
      consumers: this.#c.registry.bySub.size,
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
    this.#c.links.get(connection)?.conn.restart(reason);
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
    validateSubscribe(params, this.#c.registry, this.o.getToken !== undefined);
    // book frames need the lossless book decoder, loaded on first use (lazy-chunk.ts)
    if (this.o.decodeBook === undefined && (params.channel === "book" || params.channel === "level3"))
      await bookCode.load();
    if (this.closed) throw closedError("public");
    options.signal?.throwIfAborted();
    const link = this.link(linkOf(params.channel));
    this.#c.registry.plan(params); // conflicts fail fast, before queueing
    const sub = await openSubscription(this.#c, link, params, options);
    return sub as Subscription<MessageOf<P["channel"]>>;
  }

  /** Closes every connection; subscriptions end, pending requests reject. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.timers.clearAll();
    const { links, registry } = this.#c;
    for (const link of links.values()) {
      link.alive.abort();
      link.conn.close(1000, "client closed");
      link.requests.dropAll(closedError(link.name));
    }
    for (const sub of [...registry.bySub.keys()]) sub.finish();
    registry.bySub.clear();
    registry.byId.clear();
    registry.byRoute.clear();
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
    return this.#c.links.get(name) ?? newLink(this.#c, name);
  }

  /**
   * Hook for subclasses (the dead man's switch re-arms here).
   * @internal
   */
  protected onReconnected(_connection: ConnectionName): void {}

  // ---------------------------------------------------------------- requests

  /**
   * Current token (single-flight; refetched after a private reconnect or a token error).
   * @internal
   */
  protected token(): Promise<string> {
    return this.#c.tokens.get();
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
    return sendRequest(this.#c, name, method, params, spec);
  }
}

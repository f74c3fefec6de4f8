import { KrakenError } from "../../errors/base.js";
import { KrakenWsFrameError, redactFrame } from "../../errors/ws.js";
import type { Emitter } from "../../util/emitter.js";
import type { ConnectionName } from "../connection/connection.js";
import { decodeWsFrame } from "../protocol/decode-frame.js";
import { type BookDecoder, bookChannelOf, checkPush, isBookFrame } from "../protocol/frame.js";
import type { Link } from "../protocol/link.js";
import type { ResolvedWsOptions } from "../protocol/options.js";
import type { WsResponse } from "../protocol/requests.js";
import type { StatusData } from "../types/channels.js";
import type { KrakenWsEvents } from "./events.js";
import { hasSymbols, type Registry, routeKey } from "./registry.js";
import type { SequencedChannel, SequenceGap, SequenceTracker } from "./sequence.js";
import type { Subscription } from "./subscription.js";

/**
 * The hot path: one frame in, dispatched by `channel` (pushes) or `method` (responses). Book and level3
 * pushes go through the book decoder, everything else through `decodeWsFrame`; both keep money values
 * as exact decimal strings. Any problem with a frame becomes an `error` event; nothing here may throw
 * into the socket's receive loop.
 */
export class Router {
  // The route key of the last routed frame and what it was built from: building and hashing a new key
  // string for every frame was the costliest step of routing.
  #route = { channel: "", symbol: "", interval: undefined as unknown, key: "" };

  constructor(
    private readonly o: ResolvedWsOptions,
    private readonly events: Emitter<KrakenWsEvents>,
    private readonly registry: Registry,
    private readonly seq: SequenceTracker,
    private readonly status: Map<ConnectionName, StatusData>,
    private readonly isClosed: () => boolean,
    /** Sends an unsubscribe nobody waits for (the core adds the token where one is needed). */
    private readonly unsubscribe: (link: Link, params: Record<string, unknown>) => void,
    /** The book decoder of the lazily loaded book code once it is loaded (the client reaches it, not the router). */
    private readonly loadedBookDecoder: () => BookDecoder | undefined = () => undefined,
  ) {}

  /** Handles one text frame of `link` (the receive loop's only entry point; never throws). */
  frame(link: Link, text: string): void {
    // a token this client sent, echoed by the server, never reaches an error, a log line or a message
    for (const secret of this.o.secrets) if (text.includes(secret)) text = redactFrame(text, this.o.secrets);
    try {
      if (text.length > this.o.maxFrameBytes) {
        this.#frameError(`oversized frame (${text.length} > ${this.o.maxFrameBytes} characters)`, text, link);
        return;
      }
      let msg: Record<string, unknown>;
      if (isBookFrame(text)) {
        const decodeBook = this.o.decodeBook ?? this.loadedBookDecoder();
        // subscribe() loads the decoder before it asks for a book, so none means nobody asked for one
        if (decodeBook === undefined) {
          this.#frameError(`${bookChannelOf(text)} frame without a subscription`, text, link);
          return;
        }
        const decoded = decodeBook(text);
        if (decoded instanceof Error || typeof decoded !== "object" || decoded === null) {
          this.#bookFrameError(link, text, decoded);
          return;
        }
        msg = decoded as Record<string, unknown>;
      } else {
        try {
          msg = decodeWsFrame(text) as Record<string, unknown>;
        } catch (e) {
          this.#frameError("malformed JSON", text, link, e);
          return;
        }
        if (typeof msg !== "object" || msg === null || Array.isArray(msg)) {
          this.#frameError("frame is not a JSON object", text, link);
          return;
        }
      }
      const channel = msg.channel;
      if (typeof channel === "string") this.#onPush(link, channel, msg, text);
      else if (typeof msg.method === "string") this.#onResponse(link, msg as WsResponse, text);
      else this.#frameError("frame has neither channel nor method", text, link);
    } catch (e) {
      // a bug or a throwing consumer must never stop the receive loop
      this.#frameError("frame handling failed", text, link, e);
    }
  }

  #onResponse(link: Link, msg: WsResponse, text: string): void {
    if (msg.method === "pong") {
      link.conn.pong();
      link.requests.handle(msg);
      return;
    }
    if (link.requests.handle(msg)) return;
    const abandoned = typeof msg.req_id === "number" ? link.requests.takeAbandoned(msg.req_id) : undefined;
    if (abandoned !== undefined) {
      const r = msg.result as { channel: string; symbol?: string; depth?: unknown; interval?: unknown };
      // a subscribe acked after the caller gave up on it: nobody holds it, so end it on the wire (unless
      // the channel and symbol have been asked for again since)
      if (
        abandoned === "subscribe" &&
        msg.success === true &&
        !this.registry.byRoute.has(routeKey(r.channel, r.symbol, r.interval))
      )
        this.unsubscribe(link, {
          channel: r.channel,
          symbol: r.symbol && [r.symbol],
          depth: r.depth,
          interval: r.interval,
        });
      this.events.emit("lateResponse", {
        connection: link.name,
        method: abandoned,
        reqId: msg.req_id as number,
        success: msg.success === true,
        result: msg.result,
        error: msg.error,
      });
      return;
    }
    if (msg.success === false) {
      this.events.emit(
        "error",
        new KrakenWsFrameError(`unmatched ${msg.method} error: ${String(msg.error)}`, text, link.name),
      );
    } else this.o.logger.debug?.(`unmatched ${msg.method} response`, msg.req_id);
  }

  #onPush(link: Link, channel: string, msg: Record<string, unknown>, text: string): void {
    switch (channel) {
      case "heartbeat":
        this.events.emit("heartbeat", { connection: link.name });
        return;
      case "status": {
        const problem = checkPush(channel, msg);
        if (problem) {
          this.#frameError(problem, text, link);
          return;
        }
        const data = (msg.data as StatusData[])[0] as StatusData;
        this.status.set(link.name, data);
        // Kraken: after maintenance reconnect no faster than once every 5 s
        link.conn.delayFloorMs = data.system === "maintenance" ? 5000 : 0;
        this.events.emit("status", { connection: link.name, data });
        return;
      }
      case "book":
      case "level3":
      case "positions": // Unified: data is {futures, options}
      case "margin": // Unified: type is the wallet kind, data one object
        this.#deliver(channel, msg);
        return;
      case "ticker":
      case "trade":
      case "ohlc":
      case "instrument":
      case "executions":
      case "balances": {
        const problem = checkPush(channel, msg);
        if (problem) {
          this.#frameError(problem, text, link);
          return;
        }
        this.#deliver(channel, msg);
        if (channel === "executions" || channel === "balances") {
          const gap = this.seq.check(channel, msg.type, msg.sequence as number);
          if (gap) this.gap(gap);
        }
        return;
      }
      default:
        this.#frameError(`unknown channel ${JSON.stringify(channel).slice(0, 40)}`, text, link);
    }
  }

  #deliver(channel: string, msg: Record<string, unknown>): void {
    if (!hasSymbols(channel)) {
      this.#toRoute(channel, msg);
      return;
    }
    const data = msg.data as Array<{ symbol: string; interval?: unknown }>;
    const first = data[0];
    if (first === undefined) return; // nothing to route (and nothing lost)
    let mixed = false;
    for (let i = 1; i < data.length; i++) {
      const d = data[i] as { symbol: string; interval?: unknown };
      if (d.symbol !== first.symbol || d.interval !== first.interval) {
        mixed = true;
        break;
      }
    }
    if (!mixed) {
      let r = this.#route;
      if (r.channel !== channel || r.symbol !== first.symbol || r.interval !== first.interval) {
        const key = routeKey(channel, first.symbol, first.interval);
        r = this.#route = { channel, symbol: first.symbol, interval: first.interval, key };
      }
      this.#toRoute(r.key, msg);
      return;
    }
    const groups = new Map<string, unknown[]>();
    for (const d of data) {
      const key = routeKey(channel, d.symbol, d.interval);
      groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    for (const [key, part] of groups) this.#toRoute(key, { ...msg, data: part });
  }

  #toRoute(route: string, msg: Record<string, unknown>): void {
    const entry = this.registry.byRoute.get(route);
    if (!entry) return; // a late frame after unsubscribe
    const fanout = entry.fanout;
    for (let i = 0; i < fanout.length; i++) (fanout[i] as Subscription<unknown>).push(msg);
  }

  /** Emits a gap and, when configured, reconciles through the injected REST functions. */
  gap(gap: SequenceGap): void {
    this.events.emit("gap", gap);
    const r = this.o.reconcile;
    if (!r || !this.o.reconcileOnGap || this.isClosed()) return;
    const channel: SequencedChannel = gap.channel;
    const work =
      channel === "executions"
        ? Promise.all([r.openOrders?.(), r.tradesHistory?.()]).then(([openOrders, trades]) => ({
            openOrders,
            trades,
          }))
        : Promise.resolve(r.balance?.()).then((balances) => ({ balances }));
    work.then(
      (result) => {
        if (!this.isClosed()) this.events.emit("resynced", { channel, reason: gap.reason, ...result });
      },
      (e) => this.events.emit("error", asKrakenError(e)),
    );
  }

  #frameError(message: string, text: string, link: Link, cause?: unknown): void {
    const error = new KrakenWsFrameError(message, text, link.name, cause);
    this.o.logger.warn?.(error.message, error.excerpt);
    this.events.emit("error", error);
  }

  #bookFrameError(link: Link, text: string, decoded: unknown): void {
    const channel = bookChannelOf(text);
    const detail = decoded instanceof Error ? decoded.message : "frame could not be decoded";
    const error = new KrakenWsFrameError(`${channel}: ${detail}`, text, link.name, decoded);
    this.events.emit("error", error);
    const symbol = (decoded as { symbol?: unknown } | null)?.symbol;
    if (typeof symbol !== "string") return;
    const entry = this.registry.byRoute.get(routeKey(channel, symbol));
    if (entry) for (const sub of entry.consumers) sub.emit("error", error);
  }
}

/** Wraps anything thrown by injected code into a KrakenError for the error event. */
export function asKrakenError(e: unknown): KrakenError {
  if (e instanceof KrakenError) return e;
  return new KrakenError(e instanceof Error ? e.message : String(e), {
    code: "ws_internal",
    category: "websocket",
    cause: e,
  });
}

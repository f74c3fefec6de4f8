/**
 * The three simulated Kraken WebSocket v2 endpoints (public, auth, level3) over the shared exchange:
 * `status` on connect and on mode changes, `heartbeat` about once a second while subscribed (only
 * when nothing else was sent), and the channel publishers wired to the exchange's events.
 */
import type { Exchange } from "../exchange/exchange.js";
import { BookFeed } from "./book-feed.js";
import { BookMirrors } from "./book-mirror.js";
import type { EndpointKind, WsConnection } from "./connection.js";
import { WsEndpoint } from "./endpoint.js";
import { adaptExchange } from "./exchange-port.js";
import { createWsFaults, WsFaultState, type WsFaults } from "./fault-state.js";
import { Hub } from "./hub.js";
import { int, writeJson } from "./json.js";
import { Level3Feed } from "./level3-feed.js";
import { MarketFeeds } from "./market-feeds.js";
import { PrivateFeeds } from "./private-feeds.js";
import { Router } from "./router.js";
import { Subscriptions } from "./subscriptions.js";

/** Execution types after which an order may have left the book without a book event. */
const MAY_LEAVE_BOOK = new Set(["canceled", "expired", "filled", "amended"]);

/** One frame the simulator received, as given to the recorder. */
export interface WsRecordedFrame {
  readonly kind: "ws";
  readonly endpoint: EndpointKind;
  /** Connection index (see `faults.connections()`). */
  readonly connection: number;
  /** Unix ms. */
  readonly time: number;
  /** The frame text exactly as received. */
  readonly text: string;
}

/** Where received frames go. */
export interface WsRecorder {
  record(frame: WsRecordedFrame): void;
}

/** Options of the WebSocket servers. */
export interface WsServerOptions {
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** Heartbeat period in ms (default 1000, Kraken's ~1/s). */
  readonly heartbeatIntervalMs?: number;
  /** `version` in status frames (default "2.0.0"). */
  readonly version?: string;
  /** Per-connection request limit per second; 0 = unlimited (default: Kraken does not publish one). */
  readonly maxRequestsPerSecond?: number;
  /** level3 subscription counter per second (default 200, Kraken's standard tier; 0 = off). */
  readonly level3RatePerSecond?: number;
  /**
   * Close a socket whose client sent nothing for this long, as Kraken does after about a minute
   * (default 0 = never; set 60000 to test a client's keep-alive pings). Checked once per heartbeat period.
   */
  readonly idleTimeoutMs?: number;
}

/** What `startWsServers` needs. */
export interface WsServersContext {
  readonly exchange: Exchange;
  readonly recorder?: WsRecorder;
  readonly options?: WsServerOptions;
}

/** The running WebSocket side of the simulator. */
export interface WsServers {
  /** Public endpoint, like `wss://ws.kraken.com/v2`. */
  readonly wsUrl: string;
  /** Private endpoint, like `wss://ws-auth.kraken.com/v2`. */
  readonly wsAuthUrl: string;
  /** Level 3 endpoint, like `wss://ws-l3.kraken.com/v2`. */
  readonly wsL3Url: string;
  /** WebSocket fault injection. */
  readonly faults: WsFaults;
  /** Every frame received, in order (also passed to the recorder when given). */
  readonly received: readonly WsRecordedFrame[];
  /** Terminates every client, clears every timer and stops listening. */
  close(): Promise<void>;
}

/**
 * Starts the public, auth and level3 endpoints on ephemeral loopback ports.
 * @example
 * const ws = await startWsServers({ exchange: new Exchange() });
 * const socket = new WebSocket(ws.wsUrl); // status frame first, then subscribe
 * await ws.close();
 */
export async function startWsServers(ctx: WsServersContext): Promise<WsServers> {
  const o = ctx.options ?? {};
  const port = adaptExchange(ctx.exchange);
  const hub = new Hub(port, o.version ?? "2.0.0");
  const book = new BookFeed(hub);
  const level3 = new Level3Feed(hub);
  const mirrors = new BookMirrors(
    (id) => port.book(id),
    (id) => {
      const sym = port.registry.pair(id)?.wsname;
      return hub.keysWithPrefix(`book|${sym}|`).length > 0 || hub.keysWithPrefix(`level3|${sym}|`).length > 0;
    },
    (id, mirror) => {
      const pair = port.registry.pair(id);
      if (!pair) return;
      book.publish(pair, mirror);
      level3.publish(pair, mirror);
    },
    (id) => {
      const sym = port.registry.pair(id)?.wsname ?? id;
      book.forget(sym);
      level3.forget(sym);
    },
  );
  const feeds = {
    mirrors,
    book,
    level3,
    market: new MarketFeeds(hub),
    private: new PrivateFeeds(hub),
  };
  const subs = new Subscriptions(hub, feeds, o.level3RatePerSecond ?? 200);
  const faultState = new WsFaultState();
  const router = new Router(hub, subs, faultState, { maxRequestsPerSecond: o.maxRequestsPerSecond ?? 0 });
  const received: WsRecordedFrame[] = [];

  const statusFrame = (conn: WsConnection) =>
    writeJson({
      channel: "status",
      type: "update",
      data: [
        {
          api_version: "v2",
          connection_id: int(conn.connectionId),
          system: port.status(),
          version: hub.version,
        },
      ],
    });
  const handlers = {
    onOpen: (conn: WsConnection) => {
      conn.lastReceivedAt = hub.now();
      conn.send(statusFrame(conn));
    },
    onText: (conn: WsConnection, text: string) => {
      conn.lastReceivedAt = hub.now();
      const frame: WsRecordedFrame = {
        kind: "ws",
        endpoint: conn.endpoint,
        connection: conn.index,
        time: hub.now(),
        text,
      };
      received.push(frame);
      ctx.recorder?.record(frame);
      try {
        router.handle(conn, text);
      } catch {
        // A simulator bug must not kill the socket silently: answer like Kraken's internal error.
        conn.send(writeJson({ error: "EGeneral:Internal error", success: false }));
      }
    },
    onClose: (conn: WsConnection) => subs.drop(conn),
  };
  const host = o.host ?? "127.0.0.1";
  const endpoints = await Promise.all(
    (["public", "auth", "level3"] as const).map((kind) => WsEndpoint.start(kind, handlers, host)),
  );
  const [pub, auth, l3] = endpoints as [WsEndpoint, WsEndpoint, WsEndpoint];
  const all = () => endpoints.flatMap((e) => [...e.connections]);

  const offs = [
    port.on("book", (e) => {
      const pair = port.registry.pair(e.pair);
      if (!pair) return;
      mirrors.touch(pair.id, e.side, e.price, e.orderId);
      feeds.market.onBook(pair);
    }),
    port.on("trade", (t) => feeds.market.onTrade(t)),
    port.on("execution", (e) => {
      // An order can leave the book without a book event (e.g. amended below its filled size).
      if (MAY_LEAVE_BOOK.has(e.execType)) mirrors.touchOrder(e.order.pair, e.order.id);
      feeds.private.onExecution(e);
    }),
    port.on("balance", (e) => feeds.private.onBalance(e)),
    port.on("status", () => {
      for (const c of all()) c.send(statusFrame(c));
    }),
  ];

  // Heartbeat: one timer for all sockets; a subscribed socket that got nothing this period gets one.
  const period = o.heartbeatIntervalMs ?? 1000;
  const idle = o.idleTimeoutMs ?? 0;
  const heartbeat = setInterval(() => {
    const now = hub.now();
    for (const c of all()) {
      if (idle > 0 && now - c.lastReceivedAt >= idle) {
        c.close(1000, "idle timeout");
        continue;
      }
      if (c.subs.size > 0 && !c.sentSinceTick) c.send('{"channel":"heartbeat"}');
      c.sentSinceTick = false;
    }
  }, period);
  heartbeat.unref();

  const faults = createWsFaults(hub, faultState, all, (kind, status) => {
    const e = endpoints.find((x) => x.kind === kind);
    if (e) e.refuseStatus = status;
  });
  let closed = false;
  return {
    wsUrl: pub.url,
    wsAuthUrl: auth.url,
    wsL3Url: l3.url,
    faults,
    received,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      mirrors.clear();
      for (const off of offs) off();
      await Promise.all(endpoints.map((e) => e.close()));
    },
  };
}

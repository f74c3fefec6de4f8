/**
 * The simulated Unified WebSocket (`wss://uws.kraken.com/v2/public` and `/v2/private`) over the
 * Derivatives venue: `status` on connect, heartbeats, subscribe/unsubscribe with `asset_class`
 * (`derivatives`; `spot` is refused as Kraken does until it ships), Spot WebSocket tokens on the
 * private endpoint, order entry into the venue's matching engine, and the faults of faults.ts.
 */
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import type { Exchange } from "../../exchange/exchange.js";
import { int, type JsonValue, writeJson } from "../../ws/json.js";
import { DecimalLiteral, decimalField, parseLossless } from "../../ws/lossless.js";
import { rfc3339Micro } from "../../ws/time.js";
import type { OrderEntry } from "../order-entry.js";
import type { FuturesVenue } from "../venue.js";
import { UnifiedAccountFeeds } from "./account-feeds.js";
import { UwsConnection, type UwsSubscription } from "./connection.js";
import { type UnifiedEndpoint, UnifiedFaultState, type UnifiedWsFaults } from "./faults.js";
import { UnifiedMarketFeeds } from "./market-feeds.js";
import { runUnifiedTrading, UNIFIED_TRADING_METHODS } from "./trading.js";

const PUBLIC_CHANNELS = new Set(["ticker", "book", "trade"]);
const PRIVATE_CHANNELS = new Set(["executions", "balances", "positions", "margin"]);
const BOOK_DEPTHS = new Set([10, 25, 100, 500, 1000]);

/** What the Unified endpoints need. */
export interface UnifiedWsContext {
  readonly venue: FuturesVenue;
  readonly entry: OrderEntry;
  /** The Spot exchange: its WebSocket tokens authenticate the private endpoint. */
  readonly spot: Exchange;
  readonly host?: string;
  readonly heartbeatIntervalMs?: number;
}

/** The running Unified endpoints. */
export interface UnifiedWsServers {
  /** Stands in for `wss://uws.kraken.com/v2/public`. */
  readonly publicUrl: string;
  /** Stands in for `wss://uws.kraken.com/v2/private`. */
  readonly privateUrl: string;
  readonly faults: UnifiedWsFaults;
  /** Every text frame received, in order. */
  readonly received: ReadonlyArray<{ readonly endpoint: UnifiedEndpoint; readonly text: string }>;
  /** Sends every pending change now (the venue calls it after each operation). */
  publish(): void;
  close(): Promise<void>;
}

interface Request {
  readonly method: string;
  readonly reqId?: string;
  readonly timeIn: number;
}

/** Starts both Unified endpoints on ephemeral loopback ports. */
export async function startUnifiedWs(ctx: UnifiedWsContext): Promise<UnifiedWsServers> {
  const { venue, entry, spot } = ctx;
  const host = ctx.host ?? "127.0.0.1";
  const state = new UnifiedFaultState();
  const market = new UnifiedMarketFeeds(venue, (s) => state.takeCorrupt(s));
  const account = new UnifiedAccountFeeds(venue, (c) => state.takeSkip(c));
  const conns = new Set<UwsConnection>();
  const received: Array<{ endpoint: UnifiedEndpoint; text: string }> = [];
  const now = () => venue.clock.now();

  const respond = (
    conn: UwsConnection,
    req: Request,
    out: { result?: JsonValue; error?: string; symbol?: string },
  ) => {
    const f: { [k: string]: JsonValue } = {};
    if (out.error !== undefined) f.error = out.error;
    f.method = req.method;
    if (req.reqId !== undefined) f.req_id = int(req.reqId);
    if (out.result !== undefined) f.result = out.result;
    f.success = out.error === undefined;
    if (out.symbol !== undefined) f.symbol = out.symbol;
    f.time_in = rfc3339Micro(req.timeIn);
    f.time_out = rfc3339Micro(now());
    conn.send(writeJson(f));
  };

  const publish = () => {
    for (const c of conns) {
      if (!c.open) continue;
      for (const s of c.subs.values()) {
        if (c.endpoint === "public") market.publish(c, s);
        else account.publish(c, s);
      }
    }
  };

  const accountOf = (conn: UwsConnection, token: unknown): string | undefined => {
    if (typeof token !== "string") return undefined;
    const known = conn.tokens.get(token);
    if (known !== undefined) return known;
    const id = spot.tokens.verify(token)?.accountId;
    if (id === undefined || !venue.hasAccount(id)) return undefined;
    conn.tokens.set(token, id);
    return id;
  };

  const subscribe = (conn: UwsConnection, req: Request, p: Record<string, unknown>, un: boolean) => {
    const channel = typeof p.channel === "string" ? p.channel : "";
    const allowed = conn.endpoint === "public" ? PUBLIC_CHANNELS : PRIVATE_CHANNELS;
    if (!allowed.has(channel)) return respond(conn, req, { error: "Subscription name invalid" });
    if (p.asset_class !== "derivatives")
      return respond(conn, req, {
        error:
          p.asset_class === "spot" ? "Spot is not available yet" : "EGeneral:Invalid arguments:asset_class",
      });
    const snapshot = p.snapshot !== false;
    if (conn.endpoint === "private") {
      const accountId = accountOf(conn, p.token);
      if (accountId === undefined) return respond(conn, req, { error: "EAPI:Invalid token" });
      if (channel === "margin" && p.snapshot !== undefined)
        return respond(conn, req, { error: "'params.snapshot' is not valid for the margin channel" });
      const key = channel;
      if (un) {
        if (!conn.subs.delete(key)) return respond(conn, req, { error: "Subscription Not Found" });
        return respond(conn, req, { result: { channel } });
      }
      if (conn.subs.has(key)) {
        const already = channel === "positions" || channel === "margin";
        return respond(conn, req, {
          error: already ? `Already subscribed to ${channel} channel` : "Already subscribed",
        });
      }
      const s: UwsSubscription = { channel, accountId, sequence: 0 };
      conn.subs.set(key, s);
      respond(conn, req, { result: { channel, ...(channel === "margin" ? {} : { snapshot }) } });
      account.subscribed(conn, s, snapshot);
      return;
    }
    const symbols = p.symbol;
    if (!Array.isArray(symbols) || symbols.length === 0)
      return respond(conn, req, { error: "EGeneral:Invalid arguments:symbol" });
    const depth = channel === "book" ? Number(decimalField(p.depth) ?? 10) : undefined;
    if (depth !== undefined && !BOOK_DEPTHS.has(depth))
      return respond(conn, req, { error: "EGeneral:Invalid arguments:depth" });
    for (const sym of symbols) {
      const symbol = String(sym);
      const key = `${channel}|${symbol}`;
      if (!venue.instruments.has(symbol)) {
        respond(conn, req, { error: `Currency pair not supported ${symbol}`, symbol });
        continue;
      }
      const result = {
        channel,
        symbol,
        ...(depth !== undefined ? { depth } : {}),
        ...(un ? {} : { snapshot }),
      };
      if (un) {
        if (conn.subs.delete(key)) respond(conn, req, { result });
        else respond(conn, req, { error: "Subscription Not Found", symbol });
        continue;
      }
      if (conn.subs.has(key)) {
        respond(conn, req, { error: "Already subscribed", symbol });
        continue;
      }
      const s: UwsSubscription = { channel, symbol, ...(depth !== undefined ? { depth } : {}), sequence: 0 };
      conn.subs.set(key, s);
      respond(conn, req, { result });
      market.subscribed(conn, s, snapshot);
    }
  };

  const handle = (conn: UwsConnection, text: string) => {
    const timeIn = now();
    let msg: unknown;
    try {
      msg = parseLossless(text);
    } catch {
      return respond(conn, { method: "", timeIn }, { error: "EGeneral:Invalid arguments:Malformed request" });
    }
    const m = (typeof msg === "object" && msg !== null ? msg : {}) as Record<string, unknown>;
    const method = typeof m.method === "string" ? m.method : "";
    const rawId = m.req_id;
    const reqId =
      rawId instanceof DecimalLiteral ? rawId.text : typeof rawId === "number" ? String(rawId) : undefined;
    const req: Request = { method, timeIn, ...(reqId !== undefined ? { reqId } : {}) };
    const injected = state.takeRejection(method);
    if (injected !== undefined) return respond(conn, req, { error: injected });
    const p = (typeof m.params === "object" && m.params !== null ? m.params : {}) as Record<string, unknown>;
    if (method === "ping") {
      const f: { [k: string]: JsonValue } = { method: "pong" };
      if (reqId !== undefined) f.req_id = int(reqId);
      f.time_in = rfc3339Micro(timeIn);
      f.time_out = rfc3339Micro(now());
      return conn.send(writeJson(f));
    }
    if (method === "subscribe" || method === "unsubscribe")
      return subscribe(conn, req, p, method === "unsubscribe");
    if (UNIFIED_TRADING_METHODS.has(method) && conn.endpoint === "private") {
      const accountId = accountOf(conn, p.token);
      if (accountId === undefined) return respond(conn, req, { error: "EAPI:Invalid token" });
      const outcomes = runUnifiedTrading(venue, entry, accountId, method, p);
      if (state.takeDropAfterApply(method)) {
        conn.close(1006);
        return;
      }
      for (const o of outcomes) respond(conn, req, o);
      publish();
      return;
    }
    respond(conn, req, { error: "Method not found" });
  };

  const statusFrame = () =>
    writeJson({
      channel: "status",
      type: "update",
      data: [{ api_version: "v2", connection_id: int(Date.now()), system: "online", version: "2.0.0" }],
    });

  const start = async (endpoint: UnifiedEndpoint) => {
    const server = new WebSocketServer({ host, port: 0, path: `/v2/${endpoint}` });
    await new Promise<void>((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
    server.on("connection", (socket) => {
      const conn = new UwsConnection(socket, endpoint, () => state.stalled[endpoint]);
      conns.add(conn);
      socket.on("message", (data, isBinary) => {
        if (isBinary) return;
        const text = data.toString();
        received.push({ endpoint, text });
        try {
          handle(conn, text);
        } catch {
          conn.send(writeJson({ error: "EGeneral:Internal error", success: false }));
        }
      });
      socket.on("close", () => {
        conns.delete(conn);
        conn.dispose();
      });
      socket.on("error", () => {});
      conn.send(statusFrame());
    });
    const { port } = server.address() as AddressInfo;
    return { server, url: `ws://${host}:${port}/v2/${endpoint}` };
  };
  const [pub, priv] = await Promise.all([start("public"), start("private")]);

  const heartbeat = setInterval(() => {
    for (const c of conns) {
      if (c.subs.size > 0 && !c.sentSinceTick) c.send('{"channel":"heartbeat"}');
      c.sentSinceTick = false;
    }
  }, ctx.heartbeatIntervalMs ?? 1000);
  heartbeat.unref();

  const onEndpoint = (e: UnifiedEndpoint) => [...conns].filter((c) => c.endpoint === e);
  const faults: UnifiedWsFaults = {
    drop: (e, code = 1006) => {
      for (const c of onEndpoint(e)) c.close(code, "dropped");
    },
    stall: (e, stalled) => {
      state.stalled[e] = stalled;
    },
    rejectNext: (method, error, count) => state.rejectNext(method, error, count),
    dropAfterApply: (method) => state.dropAfterApply(method),
    skipSequence: (channel) => state.skipSequence(channel),
    corruptChecksum: (symbol) => state.corruptChecksum(symbol),
    clear: () => state.clear(),
  };
  let closed = false;
  return {
    publicUrl: pub.url,
    privateUrl: priv.url,
    faults,
    received,
    publish,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      for (const c of conns) {
        c.dispose();
        c.socket.terminate();
      }
      conns.clear();
      await Promise.all(
        [pub.server, priv.server].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
      );
    },
  };
}

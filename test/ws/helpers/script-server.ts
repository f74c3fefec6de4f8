// A small scripted Kraken WS v2 server for client tests: answers subscribe/unsubscribe per symbol,
// ping, and trading methods through handlers, tracks live wire subscriptions per connection (so tests
// can count duplicates), and can misbehave on demand (drop, stall, garbage, reject).
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface ServerConn {
  id: number;
  path: string;
  socket: WebSocket;
  /** Live subscriptions: "channel|symbol" keys. */
  subs: Set<string>;
  received: Array<Record<string, unknown>>;
  /** Raw text of every frame received. */
  raw: string[];
}

type Reply = Record<string, unknown> | Array<Record<string, unknown>> | "hang";
export type TradeHandler = (params: Record<string, unknown>, reqId: number, conn: ServerConn) => Reply;

export interface ScriptServer {
  url: string;
  publicUrl: string;
  authUrl: string;
  l3Url: string;
  conns: ServerConn[];
  /** Connections still open. */
  open(path?: string): ServerConn[];
  /** Subscribe requests seen for a key that was already live on that connection. */
  duplicates: number;
  rejectSymbols: Map<string, string>;
  /** Tokens accepted on auth/l3 (undefined: any). */
  validTokens: Set<string> | undefined;
  trade: Record<string, TradeHandler>;
  /** When true, the server answers nothing (not even pings). */
  stalled: boolean;
  /** When false, pings get no pong. */
  pong: boolean;
  /** Status pushed on connect. */
  status: string;
  /** Sees every request first; returning true means it answered (a hostile server's script). */
  intercept: ((conn: ServerConn, msg: Record<string, unknown>) => boolean) | undefined;
  send(conn: ServerConn, frame: unknown): void;
  /** Sends a frame to every open connection on `path` that subscribed `channel|symbol`. */
  push(path: string, channel: string, frame: Record<string, unknown>, symbol?: string): number;
  broadcast(path: string, text: string): void;
  dropAll(code?: number, path?: string): Promise<void>;
  waitFor(pred: () => boolean, ms?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startScriptServer(): Promise<ScriptServer> {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((r) => wss.once("listening", () => r()));
  const port = (wss.address() as AddressInfo).port;
  const url = `ws://127.0.0.1:${port}`;
  let nextId = 0;
  const server: ScriptServer = {
    url,
    publicUrl: `${url}/public`,
    authUrl: `${url}/auth`,
    l3Url: `${url}/l3`,
    conns: [],
    open: (path) => server.conns.filter((c) => c.socket.readyState === 1 && (!path || c.path === path)),
    duplicates: 0,
    rejectSymbols: new Map(),
    validTokens: undefined,
    trade: {},
    stalled: false,
    pong: true,
    status: "online",
    intercept: undefined,
    send: (conn, frame) => {
      if (conn.socket.readyState === 1)
        conn.socket.send(typeof frame === "string" ? frame : JSON.stringify(frame));
    },
    push: (path, channel, frame, symbol) => {
      let n = 0;
      for (const c of server.open(path)) {
        if (!c.subs.has(`${channel}|${symbol ?? ""}`)) continue;
        server.send(c, frame);
        n++;
      }
      return n;
    },
    broadcast: (path, text) => {
      for (const c of server.open(path)) c.socket.send(text);
    },
    dropAll: async (code = 1006, path) => {
      const victims = server.open(path);
      for (const c of victims) {
        if (code === 1006) c.socket.terminate();
        else c.socket.close(code, "scripted close");
      }
      await server.waitFor(() => victims.every((c) => c.socket.readyState === 3));
    },
    waitFor: async (pred, ms = 5000) => {
      const end = Date.now() + ms;
      while (!pred()) {
        if (Date.now() > end) throw new Error("waitFor timed out");
        await new Promise((r) => setImmediate(r));
      }
    },
    close: async () => {
      for (const c of server.conns) c.socket.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };

  wss.on("connection", (socket, req) => {
    const conn: ServerConn = {
      id: ++nextId,
      path: req.url ?? "/",
      socket,
      subs: new Set(),
      received: [],
      raw: [],
    };
    server.conns.push(conn);
    server.send(conn, {
      channel: "status",
      type: "update",
      data: [
        {
          system: server.status,
          api_version: "v2",
          connection_id: 13834774380200032777n.toString(),
          version: "2.0.0",
        },
      ],
    });
    socket.on("message", (raw) => {
      if (server.stalled) return;
      let msg: Record<string, unknown>;
      conn.raw.push(String(raw));
      try {
        msg = JSON.parse(String(raw));
      } catch {
        return;
      }
      conn.received.push(msg);
      handle(server, conn, msg);
    });
  });
  return server;
}

function ack(method: string, reqId: unknown, result: Record<string, unknown>): Record<string, unknown> {
  return { method, req_id: reqId, success: true, result, time_in: "t", time_out: "t" };
}
function nack(method: string, reqId: unknown, error: string, extra: Record<string, unknown> = {}) {
  return { method, req_id: reqId, success: false, error, ...extra, time_in: "t", time_out: "t" };
}

function handle(server: ScriptServer, conn: ServerConn, msg: Record<string, unknown>): void {
  const method = msg.method as string;
  const reqId = msg.req_id;
  const params = (msg.params ?? {}) as Record<string, unknown>;
  if (server.intercept?.(conn, msg)) return;
  if (method === "ping") {
    if (server.pong) server.send(conn, { method: "pong", req_id: reqId, time_in: "t", time_out: "t" });
    return;
  }
  const needsToken = conn.path !== "/public";
  if (needsToken && server.validTokens && !server.validTokens.has(String(params.token))) {
    server.send(conn, nack(method, reqId, "EAPI:Invalid token"));
    return;
  }
  if (method === "subscribe" || method === "unsubscribe") {
    const channel = String(params.channel);
    const symbols = Array.isArray(params.symbol) ? (params.symbol as string[]) : [undefined];
    for (const s of symbols) {
      const key = `${channel}|${s ?? ""}`;
      const rejection = s !== undefined ? server.rejectSymbols.get(s) : undefined;
      if (rejection && method === "subscribe") {
        server.send(conn, nack(method, reqId, rejection, { symbol: s }));
        continue;
      }
      if (method === "subscribe") {
        if (conn.subs.has(key)) server.duplicates++;
        conn.subs.add(key);
      } else conn.subs.delete(key);
      server.send(conn, ack(method, reqId, s === undefined ? { channel } : { channel, symbol: s }));
    }
    return;
  }
  const handler = server.trade[method];
  if (!handler) {
    server.send(conn, nack(method, reqId, `EGeneral:Unknown method ${method}`));
    return;
  }
  const reply = handler(params, reqId as number, conn);
  if (reply === "hang") return;
  for (const r of Array.isArray(reply) ? reply : [reply])
    server.send(conn, { method, req_id: reqId, time_in: "t", time_out: "t", ...r });
}

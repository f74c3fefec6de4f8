/**
 * Handles one inbound text frame: records it, applies the message-rate limit and method faults,
 * parses it losslessly and dispatches `ping`, `subscribe`/`unsubscribe` and the trading methods.
 */
import type { WsConnection } from "./connection.js";
import type { WsFaultState } from "./fault-state.js";
import type { Hub } from "./hub.js";
import { int, writeJson } from "./json.js";
import { DecimalLiteral, parseLossless } from "./lossless.js";
import { type RequestInfo, respond, WsErrors } from "./protocol.js";
import type { Subscriptions } from "./subscriptions.js";
import { rfc3339Micro } from "./time.js";
import { runTradingMethod, TRADING_METHODS } from "./trading.js";

/** Options of the router. */
export interface RouterOptions {
  /** Requests per second per connection before `EGeneral:Too many requests` (0 = unlimited). */
  readonly maxRequestsPerSecond: number;
}

/** Dispatches client requests. */
export class Router {
  constructor(
    private readonly hub: Hub,
    private readonly subs: Subscriptions,
    private readonly faults: WsFaultState,
    private readonly options: RouterOptions,
  ) {}

  /** Handles one text frame of a connection. */
  handle(conn: WsConnection, text: string): void {
    const timeIn = this.hub.now();
    let msg: unknown;
    try {
      msg = parseLossless(text);
    } catch {
      respond(conn, { method: "", timeIn }, this.hub.now(), { error: WsErrors.malformed });
      return;
    }
    if (typeof msg !== "object" || msg === null || Array.isArray(msg)) {
      respond(conn, { method: "", timeIn }, this.hub.now(), { error: WsErrors.malformed });
      return;
    }
    const m = msg as Record<string, unknown>;
    const method = typeof m.method === "string" ? m.method : "";
    const rawId = m.req_id;
    const reqId =
      typeof rawId === "number" && Number.isInteger(rawId)
        ? String(rawId)
        : rawId instanceof DecimalLiteral && /^-?\d+$/.test(rawId.text)
          ? rawId.text
          : undefined;
    const req: RequestInfo = { method, timeIn, ...(reqId !== undefined ? { reqId } : {}) };
    if (this.#rateLimited(conn, timeIn)) {
      respond(conn, req, this.hub.now(), { error: WsErrors.tooManyRequests });
      return;
    }
    const injected = this.faults.takeRejection(method);
    if (injected !== undefined) {
      respond(conn, req, this.hub.now(), { error: injected });
      return;
    }
    const params = m.params;
    if (method === "ping") {
      conn.send(
        writeJson({
          method: "pong",
          ...(reqId !== undefined ? { req_id: int(reqId) } : {}),
          time_in: rfc3339Micro(timeIn),
          time_out: rfc3339Micro(this.hub.now()),
        }),
      );
      return;
    }
    if (method === "subscribe" || method === "unsubscribe") {
      this.subs.handle(conn, req, params, method === "unsubscribe");
      return;
    }
    if (TRADING_METHODS.has(method) && conn.endpoint === "auth") {
      this.#trade(conn, req, params);
      return;
    }
    respond(conn, req, this.hub.now(), { error: WsErrors.methodNotFound });
  }

  #trade(conn: WsConnection, req: RequestInfo, params: unknown): void {
    if (typeof params !== "object" || params === null || Array.isArray(params)) {
      respond(conn, req, this.hub.now(), { error: WsErrors.invalidArguments });
      return;
    }
    const p = params as Record<string, unknown>;
    const accountId = typeof p.token === "string" ? this.subs.accountOf(conn, p.token) : undefined;
    if (accountId === undefined) {
      respond(conn, req, this.hub.now(), { error: WsErrors.invalidToken });
      return;
    }
    for (const outcome of runTradingMethod(this.hub.exchange, accountId, req.method, p)) {
      respond(conn, req, this.hub.now(), outcome);
    }
  }

  #rateLimited(conn: WsConnection, now: number): boolean {
    const max = this.options.maxRequestsPerSecond;
    if (max <= 0) return false;
    const times = conn.requestTimes;
    while (times.length > 0 && times[0]! <= now - 1000) times.shift();
    if (times.length >= max) return true;
    times.push(now);
    return false;
  }
}

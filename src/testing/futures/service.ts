/**
 * The Derivatives side of the simulator's REST origin: routes a request, records it, applies the
 * faults, authenticates and charges it, runs its handler, and answers in Kraken's envelope with
 * exact JSON numbers.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Exchange } from "../exchange/exchange.js";
import type { Recorder } from "../recorder.js";
import type { RestFaultAction } from "../rest/faults.js";
import { FuturesAuthenticator } from "./auth.js";
import { type FuturesContext, RawAnswer } from "./context.js";
import type { FuturesFaults } from "./faults.js";
import { errorBody, successBody } from "./json.js";
import type { SimFuturesKeyConfig } from "./keys.js";
import { OrderEntry } from "./order-entry.js";
import { FuturesParams } from "./params.js";
import { isFuturesPath, matchRoute } from "./routes.js";
import { FuturesError } from "./types.js";
import type { FuturesVenue } from "./venue.js";

/** What the Derivatives service needs. */
export interface FuturesServiceOptions {
  readonly venue: FuturesVenue;
  readonly keys: readonly SimFuturesKeyConfig[];
  readonly faults: FuturesFaults;
  readonly recorder: Recorder;
  readonly spot: Exchange;
}

/** The Derivatives request handler plugged into the REST server. */
export class FuturesService {
  readonly auth: FuturesAuthenticator;
  readonly entry: OrderEntry;

  constructor(private readonly options: FuturesServiceOptions) {
    this.auth = new FuturesAuthenticator(options.keys, options.venue.clock);
    this.entry = new OrderEntry(options.venue);
  }

  /** Whether a path is a Derivatives path. */
  serves(path: string): boolean {
    return isFuturesPath(path);
  }

  /** Answers one request (the body already read). */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): Promise<void> {
    const { venue, faults, recorder } = this.options;
    const method = req.method ?? "GET";
    const rawBody = raw.toString("utf8");
    const query = url.search.startsWith("?") ? url.search.slice(1) : url.search;
    const params = new FuturesParams(new URLSearchParams(query), new URLSearchParams(rawBody));
    const apiKey = header(req, "apikey");
    const matched = matchRoute(method, url.pathname);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = k === "authent" ? "[redacted]" : String(v);
    recorder.recordRequest({
      time: venue.clock.now(),
      method,
      path: url.pathname,
      ...("route" in matched ? { operationId: matched.route.operationId } : {}),
      headers,
      rawBody,
      params: params.toObject(),
      ...(apiKey ? { apiKey } : {}),
    });
    const now = () => venue.clock.now();
    if (!("route" in matched)) {
      const status = matched.allowed.length > 0 ? 405 : 404;
      send(res, status, errorBody(now(), status === 405 ? "invalidArgument" : "notFound"));
      return;
    }
    const { route } = matched;
    const name =
      route.path
        .split("/")
        .filter((s) => s !== "" && !s.startsWith("{"))
        .pop() ?? "";
    const actions = faults.take(route.operationId, name, apiKey);
    let terminal: RestFaultAction | undefined;
    for (const a of actions) {
      if (a.kind === "delay") await new Promise<void>((r) => venue.clock.setTimeout(r, a.ms));
      else terminal = a;
    }
    if (faults.inMaintenance) {
      send(res, 503, errorBody(now(), "Unavailable"));
      return;
    }
    if (terminal?.kind === "drop-before-apply") {
      req.socket.destroy();
      return;
    }
    if (terminal?.kind === "http-status") {
      send(res, terminal.status, terminal.body, "text/plain");
      return;
    }
    try {
      let accountId = "";
      let key: SimFuturesKeyConfig | undefined;
      if (route.access !== "public") {
        const postData = rawBody !== "" ? rawBody : query;
        const state = this.auth.check(
          {
            apiKey,
            authent: header(req, "authent"),
            nonce: header(req, "nonce"),
            path: url.pathname,
            postData,
          },
          route.access,
        );
        accountId = state.config.accountId ?? "demo";
        key = state.config;
        if (!venue.hasAccount(accountId)) venue.createAccount(accountId);
        if (terminal?.kind === "reject") throw new FuturesError(terminal.errors[0] ?? "unknownError");
        if (terminal?.kind === "rate-limit") throw new FuturesError(terminal.error ?? "apiLimitExceeded");
        const cost = typeof route.cost === "number" ? route.cost : route.cost({ params });
        const budget = route.budget === "history" ? state.budgets.history : state.budgets.derivatives;
        if (state.config.rateLimit !== false && !budget.spend(cost))
          throw new FuturesError("apiLimitExceeded");
      } else {
        if (terminal?.kind === "reject") throw new FuturesError(terminal.errors[0] ?? "unknownError");
        if (terminal?.kind === "rate-limit") throw new FuturesError(terminal.error ?? "apiLimitExceeded");
      }
      if (!route.handler) {
        send(res, 200, errorBody(now(), "Unavailable", `${route.operationId} is not simulated`));
        return;
      }
      const ctx: FuturesContext = {
        venue,
        entry: this.entry,
        params,
        path: matched.params,
        accountId,
        ...(key ? { key } : {}),
        rawBody,
        now: now(),
        spot: this.options.spot,
      };
      const result = route.handler(ctx);
      if (terminal?.kind === "drop-after-apply") {
        // The ambiguous case: the venue applied the request, the client never hears back.
        req.socket.destroy();
        return;
      }
      if (result instanceof RawAnswer) send(res, result.status, result.body, result.contentType);
      else send(res, 200, successBody(now(), result));
    } catch (error) {
      if (error instanceof FuturesError) send(res, error.httpStatus, errorBody(now(), error.code));
      else send(res, 500, errorBody(now(), "Server Error"));
    }
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function send(res: ServerResponse, status: number, body: string, type = "application/json"): void {
  if (res.destroyed) return;
  res.writeHead(status, {
    "access-control-allow-origin": "*",
    "content-type": type,
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

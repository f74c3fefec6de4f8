import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type OperationRow, operations } from "../../../generated/operations.js";
import type { Exchange } from "../exchange/exchange.js";
import { ExchangeError } from "../exchange/types.js";
import type { Recorder } from "../recorder.js";
import { Authenticator, type LockoutPolicy } from "./auth.js";
import { BinaryBody, type Handler, RestState } from "./context.js";
import type { RestFaultAction, RestFaults } from "./faults.js";
import { accountHandlers } from "./handlers/account.js";
import { fundingHandlers, METHOD_NAMES } from "./handlers/funding.js";
import { publicHandlers } from "./handlers/public.js";

import { tradingHandlers } from "./handlers/trading.js";
import type { SimApiKeyConfig } from "./keys.js";
import { type Params, parseBody, parseForm, rawNonce } from "./params.js";

const HANDLERS: Record<string, Handler> = {
  ...publicHandlers,
  ...accountHandlers,
  ...tradingHandlers,
  ...fundingHandlers,
};

const ROWS: ReadonlyMap<string, OperationRow> = new Map(
  Object.values(operations as Record<string, OperationRow>).map((row) => [`/0${row.path}`, row]),
);

const MAX_BODY = 1 << 20;

/** Options of {@link startRestServer}. */
export interface RestServerOptions {
  readonly exchange: Exchange;
  readonly keys: readonly SimApiKeyConfig[];
  readonly faults: RestFaults;
  readonly recorder: Recorder;
  readonly host?: string;
  readonly port?: number;
  /** Temporary lockout after repeated authentication failures (default: off). */
  readonly lockout?: LockoutPolicy;
  /** Serves the Derivatives paths (`/derivatives/api/v3/...`, `/api/history/v3/...`) on the same origin. */
  readonly futures?: {
    serves(path: string): boolean;
    handle(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): Promise<void>;
  };
}

/** A running REST server. */
export interface RestServer {
  /** Origin, e.g. `http://127.0.0.1:53211` (paths are Kraken's: `/0/public/Time`). */
  readonly url: string;
  readonly auth: Authenticator;
  readonly state: RestState;
  close(): Promise<void>;
}

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
  "access-control-allow-headers": "Content-Type, API-Key, API-Sign, User-Agent, APIKey, Authent, Nonce",
  "access-control-max-age": "600",
};

/** Serialises a result; bigints (nanosecond timestamps) are written as exact JSON numbers. */
function toJson(value: unknown): string {
  let hasBig = false;
  const text = JSON.stringify(value, (_k, v) => {
    if (typeof v === "bigint") {
      hasBig = true;
      return `\u0000big:${v.toString()}`;
    }
    return v;
  });
  return hasBig ? text.replace(/"\\u0000big:(-?\d+)"/g, "$1") : text;
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type = "application/json",
): void {
  if (res.destroyed) return;
  res.writeHead(status, { ...CORS, "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new ExchangeError("EGeneral:Invalid arguments"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * Starts Kraken's REST API on loopback: every operation of openapi.json, private calls signed and
 * checked as Kraken does, faults and recording applied to every request.
 */
export async function startRestServer(options: RestServerOptions): Promise<RestServer> {
  const { exchange, faults, recorder } = options;
  const auth = new Authenticator(options.keys, exchange.clock, options.lockout);
  const state = new RestState();
  const stopSpreads = trackSpreads(exchange, state);
  const stopDeposits = trackDeposits(exchange, state);

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, toJson({ error: ["EGeneral:Internal error"] })));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === "OPTIONS") {
      res.writeHead(204, CORS);
      res.end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = await readBody(req);
    if (options.futures?.serves(url.pathname)) {
      await options.futures.handle(req, res, url, raw);
      return;
    }
    const rawText = raw.toString("utf8");
    const row = ROWS.get(url.pathname);
    const contentType = req.headers["content-type"];
    const json = (contentType ?? "").includes("json");
    const apiKey = header(req, "api-key");
    let params: Params = parseForm(url.searchParams);
    let parseError: string | undefined;
    try {
      params = { ...params, ...parseBody(rawText, contentType) };
    } catch (e) {
      parseError = e instanceof ExchangeError ? e.kraken : "EGeneral:Invalid arguments";
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      headers[k] = k === "api-sign" ? "[redacted]" : String(v);
    recorder.recordRequest({
      time: exchange.clock.now(),
      method: req.method ?? "GET",
      path: url.pathname,
      ...(row ? { operationId: row.operationId } : {}),
      headers,
      rawBody: rawText,
      params,
      ...(apiKey ? { apiKey } : {}),
    });
    if (!row) {
      send(res, 404, toJson({ error: ["EGeneral:Unknown method"] }));
      return;
    }
    const methodName = url.pathname.replace(/^\/0\/(public|private)\//, "");
    const actions = faults.take(row.operationId, methodName, apiKey);
    let terminal: RestFaultAction | undefined;
    for (const a of actions) {
      if (a.kind === "delay") await new Promise<void>((r) => exchange.clock.setTimeout(r, a.ms));
      else terminal = a;
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
      if (parseError) throw new ExchangeError(parseError);
      let accountId = "";
      let key: Parameters<Handler>[0]["key"];
      if (row.auth === "private") {
        const otp =
          typeof params.otp === "string" || typeof params.otp === "number" ? String(params.otp) : undefined;
        const result = auth.check(
          row,
          url.pathname,
          { apiKey, apiSign: header(req, "api-sign") },
          raw,
          rawNonce(rawText, params, json),
          otp,
        );
        accountId = result.accountId;
        key = {
          ...result.state.config,
          highestNonce: result.state.nonces.highest,
          lastUsed: result.state.lastUsed,
        };
      }
      if (terminal?.kind === "reject") {
        send(res, 200, toJson({ error: terminal.errors }));
        return;
      }
      if (terminal?.kind === "rate-limit") {
        const error =
          terminal.error ??
          (row.cost === "engine" ? "EOrder:Rate limit exceeded" : "EAPI:Rate limit exceeded");
        send(res, 200, toJson({ error: [error] }));
        return;
      }
      const handler = HANDLERS[row.operationId];
      if (!handler) throw new ExchangeError("EGeneral:Unknown method");
      const result = handler({
        exchange,
        state,
        params,
        accountId,
        ...(key ? { key } : {}),
        now: exchange.clock.now(),
      });
      if (terminal?.kind === "drop-after-apply") {
        // The ambiguous case: the exchange applied the request, the client never hears back.
        req.socket.destroy();
        return;
      }
      if (result instanceof BinaryBody) send(res, 200, result.data, result.contentType);
      else send(res, 200, toJson({ error: [], result }));
    } catch (error) {
      if (error instanceof ExchangeError) send(res, 200, toJson({ error: [error.kraken] }));
      else send(res, 200, toJson({ error: ["EGeneral:Internal error"] }));
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    auth,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        stopSpreads();
        stopDeposits();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Keeps the last 200 top-of-book changes per pair for the Spread endpoint. */
function trackSpreads(exchange: Exchange, state: RestState): () => void {
  const push = (pair: string, bid: string, ask: string, t: number) => {
    let rows = state.spreads.get(pair);
    if (!rows) {
      rows = [];
      state.spreads.set(pair, rows);
    }
    rows.push([Math.floor(t / 1000), bid, ask]);
    if (rows.length > 200) rows.splice(0, rows.length - 200);
  };
  for (const p of exchange.registry.pairs) {
    const book = exchange.book(p.id);
    push(p.id, book.best("buy")?.price ?? "0", book.best("sell")?.price ?? "0", exchange.clock.now());
  }
  return exchange.on("ticker", (t) => push(t.pair, t.bid, t.ask, t.timestamp));
}

/** Deposits credited through the exchange (e.g. `sim.accounts.deposit`) show up in DepositStatus. */
function trackDeposits(exchange: Exchange, state: RestState): () => void {
  return exchange.on("balance", ({ ledger }) => {
    if (ledger.type !== "deposit") return;
    state.funding.push({
      accountId: ledger.accountId,
      kind: "deposit",
      refid: ledger.refid,
      asset: ledger.asset,
      method: METHOD_NAMES[ledger.asset] ?? ledger.asset,
      amount: ledger.amount,
      fee: ledger.fee,
      time: ledger.time,
      info: "simulator deposit",
      txid: `simtx-${ledger.id}`,
      status: "Success",
    });
  });
}

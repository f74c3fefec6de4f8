// A small Kraken-like HTTP server on 127.0.0.1 for REST tests: verifies API-Sign with node:crypto over the
// raw bytes received, enforces a nonce window of 0 per key, optionally enforces the REST call counter,
// injects jitter and faults (reset after the body was read, hang, any status or Kraken error).
import { createHash, createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export const TEST_SECRET =
  "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

export interface Received {
  method: string;
  /** Path below `/0`, e.g. `/private/AddOrder`. */
  krakenPath: string;
  url: string;
  headers: IncomingMessage["headers"];
  rawBody: string;
  params: Record<string, unknown>;
  nonce: string | undefined;
  apiKey: string | undefined;
  signatureValid: boolean;
}

export type Reply =
  | { status?: number; json?: unknown; text?: string; contentType?: string }
  | { action: "reset" | "hang" };

export interface TestServerOptions {
  secret?: string;
  /** Decides the reply; default `{ error: [], result: {} }`. Called after signature and nonce checks pass. */
  handler?: (req: Received, n: number) => Reply | Promise<Reply>;
  /** Random delay (0..jitterMs) before a request is checked and processed. */
  jitterMs?: number;
  /** Enforce Kraken's REST counter: max, decay per second, costs by path, and a clock in ms. */
  counter?: { max: number; decayPerSecond: number; cost: (path: string) => number; now: () => number };
  /** Skip signature/nonce checks (for fault tests on public paths). */
  verify?: boolean;
}

export function signLikeKraken(secret: string, path: string, nonce: string, body: string): string {
  const inner = createHash("sha256")
    .update(nonce + body, "utf8")
    .digest();
  return createHmac("sha512", Buffer.from(secret, "base64"))
    .update(Buffer.concat([Buffer.from(path, "utf8"), inner]))
    .digest("base64");
}

function parseBody(
  raw: string,
  type: string | undefined,
): { params: Record<string, unknown>; nonce?: string } {
  if (!raw) return { params: {} };
  if (type?.includes("json")) {
    const nonce = /"nonce":"?(\d+)/.exec(raw)?.[1];
    return { params: JSON.parse(raw) as Record<string, unknown>, nonce };
  }
  const params: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) params[k] = v;
  return { params, nonce: params.nonce as string | undefined };
}

export interface TestServer {
  url: string;
  port: number;
  received: Received[];
  /** Requests that reached the server for a path (including rejected and faulted ones). */
  count(krakenPath: string): number;
  rateLimitErrors: number;
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const secret = options.secret ?? TEST_SECRET;
  const lastNonce = new Map<string, bigint>();
  const counterState = { level: 0, at: options.counter?.now() ?? 0 };
  const sockets = new Set<Socket>();
  const received: Received[] = [];
  const state = { rateLimitErrors: 0 };

  const send = (res: ServerResponse, reply: Reply) => {
    if ("action" in reply) {
      if (reply.action === "reset") res.socket?.destroy();
      return; // hang: never answer
    }
    const body = reply.text ?? JSON.stringify(reply.json ?? { error: [], result: {} });
    res.writeHead(reply.status ?? 200, { "Content-Type": reply.contentType ?? "application/json" });
    res.end(body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const url = req.url ?? "/";
      const pathname = url.split("?")[0] ?? "/";
      const krakenPath = /\/0(\/.*)$/.exec(pathname)?.[1] ?? pathname;
      const { params, nonce } = parseBody(rawBody, req.headers["content-type"]);
      const apiKey = req.headers["api-key"] as string | undefined;
      const sign = req.headers["api-sign"] as string | undefined;
      const signatureValid =
        nonce !== undefined &&
        sign !== undefined &&
        signLikeKraken(secret, `/0${krakenPath}`, nonce, rawBody) === sign;
      const r: Received = {
        method: req.method ?? "",
        krakenPath,
        url,
        headers: req.headers,
        rawBody,
        params,
        nonce,
        apiKey,
        signatureValid,
      };
      received.push(r);
      if (options.jitterMs)
        await new Promise((ok) => setTimeout(ok, Math.random() * (options.jitterMs as number)));
      if (krakenPath.startsWith("/private/") && options.verify !== false) {
        if (!signatureValid) return send(res, { json: { error: ["EAPI:Invalid signature"] } });
        const key = apiKey ?? "";
        const n = BigInt(nonce as string);
        if (n <= (lastNonce.get(key) ?? 0n)) return send(res, { json: { error: ["EAPI:Invalid nonce"] } });
        lastNonce.set(key, n);
        const c = options.counter;
        if (c) {
          const now = c.now();
          counterState.level = Math.max(
            0,
            counterState.level - ((now - counterState.at) / 1000) * c.decayPerSecond,
          );
          counterState.at = now;
          const cost = c.cost(krakenPath);
          if (counterState.level + cost > c.max + 1e-9) {
            state.rateLimitErrors++;
            return send(res, { json: { error: ["EAPI:Rate limit exceeded"] } });
          }
          counterState.level += cost;
        }
      }
      const n = received.filter((x) => x.krakenPath === krakenPath).length;
      send(res, options.handler ? await options.handler(r, n) : { json: { error: [], result: {} } });
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    count: (p) => received.filter((x) => x.krakenPath === p).length,
    get rateLimitErrors() {
      return state.rateLimitErrors;
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

/** A port on 127.0.0.1 where nothing listens (connection refused). */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, "127.0.0.1", ok));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}

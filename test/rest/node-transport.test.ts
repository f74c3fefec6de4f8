// The Node transport (node:http with keep-alive, behind `#runtime/http`): used by default in Node for
// KrakenRest and KrakenFutures, never when a `fetch` option is given; connections are reused; a
// connection lost or aborted mid-body, a timeout mid-body and compressed bodies are handled like the
// fetch path handles them.

import type { Socket } from "node:net";
import { inspect } from "node:util";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  KrakenAbortError,
  KrakenAmbiguousRequestError,
  KrakenFutures,
  KrakenHttpError,
  KrakenNetworkError,
  KrakenRest,
  KrakenTimeoutError,
} from "../../src/index.js";
import { type HostileHandler, type HostileServer, startHostileServer } from "./helpers/hostile-server.js";
import { TEST_SECRET } from "./helpers/kraken-test-server.js";
import { failure } from "./helpers/rejection.js";

const TIME = JSON.stringify({ error: [], result: { unixtime: 7 } });
const ORDER = { ordertype: "limit", type: "buy", pair: "XBTUSD", price: "1", volume: "1" } as const;

let servers: HostileServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A hostile server that also counts the TCP connections it accepted and sees them close. */
async function serve(handler: HostileHandler) {
  const server = await startHostileServer(handler);
  servers.push(server);
  return server;
}

const json =
  (body: string): HostileHandler =>
  (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(body);
  };

const client = (baseUrl: string, extra: ConstructorParameters<typeof KrakenRest>[0] = {}) =>
  new KrakenRest({
    apiKey: "NODE-KEY",
    apiSecret: TEST_SECRET,
    baseUrl,
    rateLimit: false,
    retry: false,
    ...extra,
  });

/** Writes the head and part of a JSON body, then runs `then` with the socket. */
const partial =
  (then: (socket: Socket) => void): HostileHandler =>
  (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "1000" });
    res.write('{"error":[],"result":"');
    res.flushHeaders();
    setTimeout(() => then(res.socket as Socket), 20);
  };

describe("which transport runs", () => {
  it("in Node, KrakenRest and KrakenFutures use node:http by default: the global fetch is never called", async () => {
    const spy = vi.spyOn(globalThis, "fetch");
    const spot = await serve(json(TIME));
    await expect(client(spot.url).getServerTime()).resolves.toEqual({ unixtime: 7 });
    await expect(client(spot.url).getAccountBalance()).resolves.toEqual({ unixtime: 7 });
    const futures = await serve(
      json('{"result":"success","serverTime":"2026-12-07T00:00:00Z","tickers":[]}'),
    );
    const f = new KrakenFutures({ baseUrl: futures.url, rateLimit: false });
    await expect(f.request("getTickers", {})).resolves.toMatchObject({ result: "success" });
    expect(spy).not.toHaveBeenCalled();
    // node:http sends none of the headers fetch adds.
    expect(spot.received[0]?.headers["sec-fetch-mode"]).toBeUndefined();
    expect(spot.received[1]?.headers["content-length"]).toBe(String(spot.received[1]?.body.length));
  });

  it("a `fetch` option is used for every call, Spot and Derivatives", async () => {
    const spot = await serve(json(TIME));
    const calls: string[] = [];
    const mine: typeof fetch = (input, init) => {
      calls.push(String(input));
      return fetch(input, init);
    };
    await client(spot.url, { fetch: mine }).getServerTime();
    await client(spot.url, { fetch: mine }).getAccountBalance();
    const futures = await serve(
      json('{"result":"success","serverTime":"2026-12-07T00:00:00Z","tickers":[]}'),
    );
    await new KrakenFutures({ baseUrl: futures.url, fetch: mine }).request("getTickers", {});
    expect(calls).toEqual([
      `${spot.url}/0/public/Time`,
      `${spot.url}/0/private/Balance`,
      `${futures.url}/derivatives/api/v3/tickers`,
    ]);
    expect(spot.received[0]?.headers["sec-fetch-mode"]).toBe("cors");
  });
});

describe("keep-alive", () => {
  it("sequential calls reuse one connection", async () => {
    const ports = new Set<number>();
    const server = await serve((_req, res) => {
      ports.add(res.socket?.remotePort ?? 0);
      json(TIME)(_req, res);
    });
    const rest = client(server.url);
    for (let i = 0; i < 20; i++) await rest.getServerTime();
    await rest.getAccountBalance();
    expect(server.received).toHaveLength(21);
    expect(ports.size).toBe(1);
  });

  it("a connection the server closed between calls is replaced, not reused", async () => {
    const ports = new Set<number>();
    const server = await serve((_req, res) => {
      ports.add(res.socket?.remotePort ?? 0);
      res.writeHead(200, { "Content-Type": "application/json", Connection: "close" });
      res.end(TIME);
    });
    const rest = client(server.url);
    for (let i = 0; i < 3; i++) await expect(rest.getServerTime()).resolves.toEqual({ unixtime: 7 });
    expect(ports.size).toBe(3);
  });
});

describe("failures mid-body", () => {
  it("a connection lost mid-body: a query fails as a network error, an order is ambiguous and sent once", async () => {
    const server = await serve(partial((socket) => socket.destroy()));
    const rest = client(server.url);
    const pub = await failure(rest.getServerTime());
    expect(pub).toBeInstanceOf(KrakenNetworkError);
    expect(pub).toMatchObject({ reachedKraken: "unknown", retryable: true });
    expect(pub.message).toContain("connection lost (ECONNRESET)");
    expect(pub.message).toContain(`(GET ${server.origin}/0/public/Time)`);
    const before = server.received.length;
    const order = await failure(rest.addOrder({ ...ORDER, cl_ord_id: "mid-body-1" }, { otp: "otp-5521" }));
    expect(order).toBeInstanceOf(KrakenAmbiguousRequestError);
    expect(order).toMatchObject({ clOrdId: "mid-body-1", reachedKraken: "unknown" });
    expect(server.received.length - before).toBe(1);
    const sign = server.received.at(-1)?.headers["api-sign"] as string;
    const text = [order, order.cause].map((e) => `${String(e)}${(e as Error).stack}${inspect(e)}`).join();
    for (const secret of [sign, TEST_SECRET, "otp-5521"]) expect(text).not.toContain(secret);
  });

  it("aborting mid-body rejects at once and drops the connection", async () => {
    let closed: Promise<void> = new Promise(() => {});
    const server = await serve(
      partial((socket) => {
        closed = new Promise((ok) => socket.once("close", () => ok()));
      }),
    );
    const ac = new AbortController();
    const pending = client(server.url)
      .getServerTime(undefined, { signal: ac.signal })
      .catch((e: unknown) => e);
    await new Promise((ok) => setTimeout(ok, 100));
    const t0 = Date.now();
    ac.abort();
    const err = await pending;
    expect(Date.now() - t0).toBeLessThan(100);
    expect(err).toBeInstanceOf(KrakenAbortError);
    expect(err).toMatchObject({ reachedKraken: "unknown" });
    await closed; // the server sees the connection go away
  });

  it("a timeout mid-body is a timeout error", async () => {
    const server = await serve(partial(() => {}));
    const err = await client(server.url, { timeoutMs: 150 })
      .getServerTime()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenTimeoutError);
    expect(err).toMatchObject({ reachedKraken: "unknown", retryable: true });
  });
});

describe("compressed bodies", () => {
  it("a gzip body (sent unasked) is decoded; decoded bytes count toward maxResponseBytes", async () => {
    let body = Buffer.from(TIME);
    const server = await serve((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" });
      res.end(gzipSync(body));
    });
    const rest = client(server.url, { maxResponseBytes: 64 * 1024 });
    await expect(rest.getServerTime()).resolves.toEqual({ unixtime: 7 });
    // 10 MB of spaces compress to about 10 kB: the cap applies to what they decode to.
    body = Buffer.concat([
      Buffer.from('{"error":[],"result":"'),
      Buffer.alloc(10 << 20, 0x20),
      Buffer.from('"}'),
    ]);
    const err = await failure(rest.getServerTime());
    expect(err).toBeInstanceOf(KrakenHttpError);
    expect(err.message).toContain(`body over ${64 * 1024} bytes (maxResponseBytes)`);
  });

  it("a corrupt gzip body is a network error, never a result", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" });
      res.end("not gzip at all");
    });
    const err = await client(server.url)
      .getServerTime()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenNetworkError);
    expect(err).toMatchObject({ reachedKraken: "unknown" });
  });
});

// KrakenRest against a hostile server over loopback: redirects are never followed, bodies that are not
// Kraken envelopes never resolve, bodies past maxResponseBytes are cut off while streaming, whatever
// the server echoes of the secret, OTP, nonce or signature is scrubbed, and errors name METHOD
// origin/path (never the query or body).
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  KrakenAmbiguousRequestError,
  KrakenApiError,
  KrakenConfigError,
  KrakenHttpError,
  KrakenNetworkError,
  KrakenRest,
  type KrakenRestOptions,
} from "../../src/index.js";
import { type HostileServer, startHostileServer, streamBody } from "./helpers/hostile-server.js";
import { closedPort, TEST_SECRET } from "./helpers/kraken-test-server.js";
import { failure, texts } from "./helpers/rejection.js";

const API_KEY = "HOSTILE-KEY-0c1d2e3f";
const OTP = "otp-927361";
const ORDER = { ordertype: "limit", type: "buy", pair: "XBTUSD", price: "1", volume: "1" } as const;

const client = (baseUrl: string, extra: KrakenRestOptions = {}) =>
  new KrakenRest({
    apiKey: API_KEY,
    apiSecret: TEST_SECRET,
    otp: OTP,
    baseUrl,
    rateLimit: false,
    retry: false,
    timeoutMs: 5_000,
    ...extra,
  });

describe("redirects are never followed", () => {
  let elsewhere: HostileServer;
  let kraken: HostileServer;
  let status = 302;
  beforeAll(async () => {
    elsewhere = await startHostileServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: [], result: { stolen: true } }));
    });
    kraken = await startHostileServer((req, res) => {
      res.writeHead(status, { Location: `${elsewhere.origin}${req.url}?steal=${OTP}` });
      res.end();
    });
  });
  afterAll(async () => {
    await elsewhere.close();
    await kraken.close();
  });

  for (const code of [301, 302, 303, 307, 308]) {
    it(`${code}: public, private and AddOrder calls reject; the other origin receives nothing`, async () => {
      status = code;
      const rest = client(kraken.url);
      const before = kraken.received.length;

      const pub = await failure(rest.getServerTime());
      expect(pub).toBeInstanceOf(KrakenHttpError);
      expect(pub).toMatchObject({ status: code, reachedKraken: "unknown", retryable: false });
      expect(pub.message).toContain(`HTTP ${code} redirect to ${elsewhere.origin} not followed`);
      expect(pub.message).toContain(`(GET ${kraken.origin}/0/public/Time)`);
      expect(pub.message).not.toContain("steal");

      const priv = await failure(rest.getAccountBalance());
      expect(priv).toBeInstanceOf(KrakenHttpError);
      expect(priv.message).toContain(`redirect to ${elsewhere.origin} not followed`);
      expect(priv.message).toContain(`(POST ${kraken.origin}/0/private/Balance)`);

      // A signed order that was sent somewhere it may have taken effect: ambiguous, never resent.
      const order = await failure(rest.addOrder({ ...ORDER, cl_ord_id: `redirect-${code}` }));
      expect(order).toBeInstanceOf(KrakenAmbiguousRequestError);
      expect(order).toMatchObject({ clOrdId: `redirect-${code}`, reachedKraken: "unknown" });
      expect((order.cause as KrakenHttpError).status).toBe(code);

      expect(kraken.received.length - before).toBe(3);
      expect(elsewhere.received).toEqual([]);
      for (const e of [pub, priv, order]) expect(texts(e)).not.toContain(OTP);
    });
  }

  it("a 3xx without a Location names no origin (not the request's own, as an opaque redirect has none)", async () => {
    const bare = await startHostileServer((_req, res) => {
      res.writeHead(302);
      res.end();
    });
    const e = await failure(client(bare.url).getServerTime());
    expect(e).toBeInstanceOf(KrakenHttpError);
    expect(e.message).toContain("HTTP 302 redirect to another address not followed");
    await bare.close();
  });
});

describe("bodies that are not Kraken envelopes are typed errors", () => {
  let server: HostileServer;
  let body = "";
  let contentType = "application/json";
  beforeAll(async () => {
    server = await startHostileServer((_req, res) => {
      res.writeHead(200, { "Content-Type": contentType });
      res.end(body);
    });
  });
  afterAll(() => server.close());

  const broken: Array<[string, string]> = [
    ["null", "null"],
    ["an array", "[]"],
    ["a string error", '{"error":"some string"}'],
    ["objects as errors", '{"error":[{"code":1}]}'],
    ["no result", '{"error":[]}'],
    ["only warnings and no result", '{"error":["WGeneral:careful"]}'],
    ["no error list", '{"result":{"unixtime":1}}'],
    ["a number", "42"],
    ["HTML", "<html><body>502 Bad Gateway</body></html>"],
    ["empty", ""],
    ["truncated", '{"error":[],"result":{"unixtime":17000'],
  ];
  for (const [name, text] of broken) {
    it(`${name}: public calls reject with an excerpt; AddOrder is ambiguous with its cl_ord_id`, async () => {
      body = text;
      contentType = name === "HTML" ? "text/html" : "application/json";
      const rest = client(server.url);
      const pub = await failure(rest.getServerTime());
      expect(pub).toBeInstanceOf(KrakenHttpError);
      expect(pub).toMatchObject({ status: 200, reachedKraken: "unknown", retryable: true });
      expect(pub.message).toContain(`not a Kraken envelope: ${JSON.stringify(text.slice(0, 80))}`);
      const order = await failure(rest.addOrder({ ...ORDER, cl_ord_id: `broken-${name}` }));
      expect(order).toBeInstanceOf(KrakenAmbiguousRequestError);
      expect(order).toMatchObject({ clOrdId: `broken-${name}` });
      expect(order.cause).toBeInstanceOf(KrakenHttpError);
    });
  }

  it("a retryable broken body is retried for a safe call and the next good envelope resolves", async () => {
    let n = 0;
    const flaky = await startHostileServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(n++ === 0 ? "null" : JSON.stringify({ error: [], result: { unixtime: 7 } }));
    });
    const rest = client(flaky.url, { retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    await expect(rest.getServerTime()).resolves.toEqual({ unixtime: 7 });
    await flaky.close();
  });

  it("errors and warnings envelopes stay what they were: an API error, a result with warnings", async () => {
    contentType = "application/json";
    body = '{"error":["EGeneral:Invalid arguments"]}';
    await expect(client(server.url).getServerTime()).rejects.toBeInstanceOf(KrakenApiError);
    body = '{"error":["WGeneral:careful"],"result":{"unixtime":3}}';
    await expect(client(server.url).call("getServerTime")).resolves.toMatchObject({
      result: { unixtime: 3 },
      warnings: ["WGeneral:careful"],
    });
  });

  it("a binary body is only a result for RetrieveExport", async () => {
    contentType = "application/zip";
    body = "PK\u0003\u0004zip";
    const e = await failure(client(server.url).getServerTime());
    expect(e).toBeInstanceOf(KrakenHttpError);
    expect(e.message).toContain("not a Kraken envelope");
    const zip = await client(server.url).retrieveExport({ id: "ABCD" } as never);
    expect(new TextDecoder().decode(zip as unknown as ArrayBuffer)).toBe(body);
  });
});

describe("maxResponseBytes", () => {
  it("a 50 MB body is cut off near the cap: the server could hand over only a fraction of it", async () => {
    let written: Promise<number> = Promise.resolve(0);
    const server = await startHostileServer((_req, res) => {
      written = streamBody(res, 50 * 1024 * 1024);
    });
    const cap = 1024 * 1024;
    const e = await failure(client(server.url, { maxResponseBytes: cap }).getServerTime());
    expect(e).toBeInstanceOf(KrakenHttpError);
    expect(e.message).toContain(`body over ${cap} bytes (maxResponseBytes)`);
    expect(e.message).toContain(`(GET ${server.origin}/0/public/Time)`);
    // Socket buffers on both ends hold a few MB at most; a client reading on would take all 50 MB.
    const sent = await written;
    expect(sent).toBeGreaterThan(cap);
    expect(sent).toBeLessThan(12 * 1024 * 1024);
    await server.close();
  });

  it("a declared Content-Length past the default 8 MiB is refused before reading", async () => {
    let written: Promise<number> = Promise.resolve(0);
    const server = await startHostileServer((_req, res) => {
      written = streamBody(res, 50 * 1024 * 1024, 50 * 1024 * 1024 + 2);
    });
    const e = await failure(client(server.url).getServerTime());
    expect(e.message).toContain(`body over ${8 << 20} bytes (maxResponseBytes)`);
    expect(await written).toBeLessThan(8 << 20);
    await server.close();
  });

  it("a body just under the cap is read whole", async () => {
    const server = await startHostileServer((_req, res) => {
      void streamBody(res, 3 * 64 * 1024);
    });
    const result = await client(server.url, { maxResponseBytes: 4 * 64 * 1024 }).getServerTime();
    expect(typeof result).toBe("string");
    await server.close();
  });

  it("RetrieveExport's binary report may be 64 times the cap, and no more", async () => {
    let size = 0;
    const server = await startHostileServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/zip" });
      res.end(Buffer.alloc(size, 7));
    });
    const rest = client(server.url, { maxResponseBytes: 1024 });
    size = 60 * 1024;
    const zip = (await rest.retrieveExport({ id: "X" } as never)) as unknown as ArrayBuffer;
    expect(zip.byteLength).toBe(size);
    size = 65 * 1024;
    const e = await failure(rest.retrieveExport({ id: "X" } as never));
    expect(e.message).toContain(`body over ${64 * 1024} bytes (maxResponseBytes)`);
    await server.close();
  });

  it("must be positive", () => {
    expect(() => new KrakenRest({ maxResponseBytes: 0 })).toThrow(KrakenConfigError);
  });
});

describe("secrets echoed by the server never reach an error text", () => {
  it("the OTP, signature, nonce, key and secret in bodies, status texts, Kraken errors and Locations", async () => {
    let mode = "";
    const server = await startHostileServer((req, res) => {
      const sign = String(req.headers["api-sign"]);
      const form = new URLSearchParams(req.body);
      const echo = `${form.get("otp")} ${sign} ${form.get("nonce")} ${req.headers["api-key"]} ${TEST_SECRET}`;
      if (mode === "status") {
        res.writeHead(500, `oops ${form.get("otp")} ${sign}`);
        res.end();
      } else if (mode === "redirect") {
        res.writeHead(307, { Location: `http://${form.get("otp")}.example/` });
        res.end();
      } else if (mode === "kraken") {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: [`EGeneral:Invalid arguments:${echo}`, `WGeneral:${echo}`] }));
      } else {
        // The signature starts where an 80-character excerpt would cut it in half.
        res.writeHead(200, { "Content-Type": "text/plain" });
        res.end(`${"x".repeat(60)}${sign} ${echo}`);
      }
    });
    const logs: unknown[] = [];
    const log = (m: string, d?: object) => void logs.push([m, d]);
    const rest = client(server.url, { logger: { debug: log, info: log, warn: log, error: log } });
    const errors: Error[] = [];
    for (mode of ["status", "redirect", "kraken", "body"]) {
      errors.push(await failure(rest.getAccountBalance()));
      errors.push(await failure(rest.addOrder({ ...ORDER })));
    }
    expect(errors.map((e) => e.constructor.name)).toEqual([
      "KrakenHttpError",
      "KrakenAmbiguousRequestError",
      "KrakenHttpError",
      "KrakenAmbiguousRequestError",
      "KrakenApiError",
      "KrakenApiError",
      "KrakenHttpError",
      "KrakenAmbiguousRequestError",
    ]);
    const sent = server.received.flatMap((r) => {
      const form = new URLSearchParams(r.body);
      return [String(r.headers["api-sign"]), String(form.get("nonce")), String(form.get("otp"))];
    });
    const haystack = [...errors.map(texts), JSON.stringify(logs), inspect(logs, { depth: 10 })].join("\n");
    expect(haystack).toContain("[redacted]");
    for (const secret of [OTP, TEST_SECRET, API_KEY, TEST_SECRET.slice(0, 40), ...sent])
      expect(haystack.includes(secret), `leaked ${secret.slice(0, 8)}...`).toBe(false);
    const api = errors[4] as KrakenApiError;
    expect(api.errors.join()).toContain("EGeneral:Invalid arguments:[redacted]");
    await server.close();
  });
});

describe("errors name METHOD origin/path, never the query or body", () => {
  it("a refused connection names the call's method, origin and path", async () => {
    const port = await closedPort();
    const rest = client(`http://127.0.0.1:${port}`);
    const pub = await failure(rest.getOrderBook({ pair: "XBTUSD", count: 10 }));
    expect(pub).toBeInstanceOf(KrakenNetworkError);
    expect(pub.message).toContain(`(GET http://127.0.0.1:${port}/0/public/Depth)`);
    expect(pub.message).not.toMatch(/pair|XBTUSD|count/);
    const priv = await failure(rest.getAccountBalance());
    expect(priv.message).toContain(`(POST http://127.0.0.1:${port}/0/private/Balance)`);
    expect(priv.message).not.toContain("nonce");
  });

  it("an HTTP error names them too", async () => {
    const server = await startHostileServer((_req, res) => {
      res.writeHead(503, "Service Unavailable");
      res.end();
    });
    const e = await failure(client(`${server.url}/proxy`).getTickerInformation({ pair: "XBTUSD" }));
    expect(e.message).toBe(
      `getTickerInformation: HTTP 503 Service Unavailable (GET ${server.origin}/proxy/0/public/Ticker)`,
    );
    await server.close();
  });

  it("a baseUrl ending in Kraken's /0 works: requests go to /0/..., not /0/0/...", async () => {
    const server = await startHostileServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: [], result: { unixtime: 1 } }));
    });
    for (const base of [`${server.url}/0`, `${server.url}/0/`, `${server.url}/proxy/0`]) {
      await client(base).getServerTime();
      await client(base).getAccountBalance();
    }
    expect(server.received.map((r) => r.url)).toEqual([
      "/0/public/Time",
      "/0/private/Balance",
      "/0/public/Time",
      "/0/private/Balance",
      "/proxy/0/public/Time",
      "/proxy/0/private/Balance",
    ]);
    await server.close();
  });
});

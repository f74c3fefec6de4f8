// KrakenFutures against a hostile server over loopback: redirects are never followed (writes reject as
// ambiguous with their cliOrdId), bodies that are not Kraken answers never resolve, bodies past maxResponseBytes are cut off while streaming, and
// whatever the server echoes of the key, secret, nonce or Authent is scrubbed from errors and logs.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  KrakenAmbiguousRequestError,
  KrakenConfigError,
  KrakenFutures,
  type KrakenFuturesApiError,
  type KrakenFuturesOptions,
  KrakenHttpError,
  KrakenOrderRejectedError,
} from "../../src/index.js";
import { type HostileServer, startHostileServer, streamBody } from "../rest/helpers/hostile-server.js";
import { failure, texts } from "../rest/helpers/rejection.js";
import { DEMO_FUTURES_API_SECRET } from "./helpers.js";

const API_KEY = "HOSTILE-FUTURES-KEY-5a6b7c";
const ORDER = { orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "1", limitPrice: "1" } as const;

const client = (baseUrl: string, extra: KrakenFuturesOptions = {}) =>
  new KrakenFutures({
    apiKey: API_KEY,
    apiSecret: DEMO_FUTURES_API_SECRET,
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
      res.end(JSON.stringify({ result: "success", sendStatus: { status: "placed", order_id: "stolen" } }));
    });
    kraken = await startHostileServer((req, res) => {
      res.writeHead(status, { Location: `${elsewhere.origin}${req.url}` });
      res.end();
    });
  });
  afterAll(async () => {
    await elsewhere.close();
    await kraken.close();
  });

  for (const code of [301, 302, 303, 307, 308]) {
    it(`${code}: public and private calls reject naming the status and origin; writes are ambiguous with their cliOrdId`, async () => {
      status = code;
      const futures = client(kraken.url);
      const before = kraken.received.length;

      const pub = await failure(futures.getTickers());
      expect(pub).toBeInstanceOf(KrakenHttpError);
      expect(pub).toMatchObject({ status: code, reachedKraken: "unknown", retryable: false });
      expect(pub.message).toContain(`HTTP ${code} redirect to ${elsewhere.origin} not followed`);
      expect(pub.message).toContain(`(GET ${kraken.origin}/derivatives/api/v3/tickers)`);

      const priv = await failure(futures.getAccounts());
      expect(priv).toBeInstanceOf(KrakenHttpError);
      expect(priv.message).toContain(`HTTP ${code} redirect to ${elsewhere.origin} not followed`);

      // Signed writes that went somewhere they may have taken effect: ambiguous, never resent.
      const order = await failure(futures.sendOrder({ ...ORDER, cliOrdId: `redirect-${code}` }));
      expect(order).toBeInstanceOf(KrakenAmbiguousRequestError);
      expect(order).toMatchObject({ clOrdId: `redirect-${code}`, reachedKraken: "unknown" });
      expect((order.cause as KrakenHttpError).status).toBe(code);

      // Without a cliOrdId the client gives the order one, and the error carries that very id.
      const unnamed = (await failure(futures.sendOrder({ ...ORDER }))) as KrakenAmbiguousRequestError;
      expect(unnamed).toBeInstanceOf(KrakenAmbiguousRequestError);
      const sentOrder = new URL(kraken.received[kraken.received.length - 1]?.url ?? "", kraken.origin);
      expect(unnamed.clOrdId).toBe(sentOrder.searchParams.get("cliOrdId"));
      expect(unnamed.clOrdId).toMatch(/^[0-9a-f-]{32,36}$/);

      const cancel = await failure(futures.cancelOrder({ cliOrdId: `cancel-${code}` }));
      expect(cancel).toBeInstanceOf(KrakenAmbiguousRequestError);
      expect(cancel).toMatchObject({ clOrdId: `cancel-${code}` });

      // The raw client runs the same pipeline.
      const raw = await failure(
        futures.client.POST("/derivatives/api/v3/sendorder", {
          params: { query: { ...ORDER, cliOrdId: `raw-${code}` } },
        }),
      );
      expect(raw).toBeInstanceOf(KrakenAmbiguousRequestError);
      expect(raw).toMatchObject({ clOrdId: `raw-${code}` });

      expect(kraken.received.length - before).toBe(6);
      expect(elsewhere.received).toEqual([]);
    });
  }
});

describe("bodies that are not Kraken answers never resolve", () => {
  let server: HostileServer;
  let answers: Array<[type: string, body: string]> = [];
  beforeAll(async () => {
    server = await startHostileServer((_req, res) => {
      const [type, body] = answers.shift() ?? ["application/json", '{"result":"success"}'];
      res.writeHead(200, type ? { "Content-Type": type } : {});
      res.end(body);
    });
  });
  afterAll(() => server.close());

  const broken: Array<[name: string, type: string, body: string]> = [
    ["a proxy's HTML page", "text/html", "<html><body>502 Bad Gateway</body></html>"],
    ["null", "application/json", "null"],
    ["an array", "application/json", "[]"],
    ["a string", "application/json", '"success"'],
    ["a number", "application/json", "42"],
    ["an object without result", "application/json", '{"tickers":[]}'],
    ["another result", "application/json", '{"result":"succes","tickers":[]}'],
    ["empty", "", ""],
    ["truncated", "application/json", '{"result":"success","tickers":[{"symbol":"PF_XBTUSD"'],
    ["plain text", "text/plain", "oops"],
  ];
  for (const [name, type, body] of broken) {
    it(`${name}: a read rejects with an excerpt; sendOrder is ambiguous with its cliOrdId`, async () => {
      const futures = client(server.url);
      answers = [
        [type, body],
        [type, body],
      ];
      const read = await failure(futures.getTickers());
      expect(read).toBeInstanceOf(KrakenHttpError);
      expect(read).toMatchObject({ reachedKraken: "unknown", retryable: true });
      expect(read.message).toContain(`not a Kraken answer: ${JSON.stringify(body.slice(0, 80))}`);
      const order = await failure(futures.sendOrder({ ...ORDER, cliOrdId: "broken-1" }));
      expect(order).toBeInstanceOf(KrakenAmbiguousRequestError);
      expect(order).toMatchObject({ clOrdId: "broken-1", reachedKraken: "unknown" });
      expect(order.cause).toBeInstanceOf(KrakenHttpError);
    });
  }

  it("a broken answer to a read is retried, and the next good answer resolves", async () => {
    const futures = client(server.url, { retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    answers = [
      ["text/html", "<html>502</html>"],
      [
        "application/json",
        '{"result":"success","tickers":[{"symbol":"PF_XBTUSD","markPrice":0.10000000000000001}]}',
      ],
    ];
    const { tickers } = await futures.getTickers();
    expect(tickers).toEqual([{ symbol: "PF_XBTUSD", markPrice: "0.10000000000000001" }]);
  });

  it("JSON under another Content-Type is read exactly; paths without an envelope may answer an array", async () => {
    const futures = client(server.url);
    answers = [["text/plain", '{"result":"success","tickers":[{"markPrice":1.50}]}']];
    expect((await futures.getTickers()).tickers).toEqual([{ markPrice: "1.50" }]);
    answers = [["application/json", '["mark","spot","trade"]']];
    expect(await futures.tickTypes()).toEqual(["mark", "spot", "trade"]);
  });

  it("an order answer without its status is ambiguous, not a refusal (nothing says it was not placed)", async () => {
    const futures = client(server.url);
    answers = [["application/json", '{"result":"success","serverTime":"2026-12-07T12:00:00.000Z"}']];
    const e = await failure(futures.sendOrder({ ...ORDER, cliOrdId: "no-status-1" }));
    expect(e).toBeInstanceOf(KrakenAmbiguousRequestError);
    expect(e).toMatchObject({ clOrdId: "no-status-1" });
    expect(e.message).toContain("answer without sendStatus");
    answers = [["application/json", '{"result":"success","sendStatus":{"status":"invalidSize"}}']];
    const refused = await failure(futures.sendOrder({ ...ORDER, cliOrdId: "refused-1" }));
    expect(refused).toBeInstanceOf(KrakenOrderRejectedError);
  });
});

describe("maxResponseBytes", () => {
  it("a 50 MB body is cut off near the cap: the server could hand over only a fraction of it", async () => {
    let written: Promise<number> = Promise.resolve(0);
    const server = await startHostileServer((_req, res) => {
      written = streamBody(res, 50 * 1024 * 1024);
    });
    const cap = 1024 * 1024;
    const e = await failure(client(server.url, { maxResponseBytes: cap }).getTickers());
    expect(e).toBeInstanceOf(KrakenHttpError);
    expect(e.message).toContain(`body over ${cap} bytes (maxResponseBytes)`);
    expect(e.message).toContain(`(GET ${server.origin}/derivatives/api/v3/tickers)`);
    // Socket buffers on both ends hold a few MB at most; a client reading on would take all 50 MB.
    const sent = await written;
    expect(sent).toBeGreaterThan(cap);
    expect(sent).toBeLessThan(12 * 1024 * 1024);
    await server.close();
  });

  it("the default is 8 MiB: a declared Content-Length past it is refused before reading", async () => {
    let written: Promise<number> = Promise.resolve(0);
    const server = await startHostileServer((_req, res) => {
      written = streamBody(res, 50 * 1024 * 1024, 50 * 1024 * 1024 + 2);
    });
    const e = await failure(client(server.url).getTickers());
    expect(e.message).toContain(`body over ${8 << 20} bytes (maxResponseBytes)`);
    expect(await written).toBeLessThan(8 << 20);
    await server.close();
  });

  it("a private write cut off past the cap is ambiguous with its cliOrdId", async () => {
    const server = await startHostileServer((_req, res) => {
      void streamBody(res, 4 * 1024 * 1024);
    });
    const e = await failure(
      client(server.url, { maxResponseBytes: 64 * 1024 }).sendOrder({ ...ORDER, cliOrdId: "big-1" }),
    );
    expect(e).toBeInstanceOf(KrakenAmbiguousRequestError);
    expect(e).toMatchObject({ clOrdId: "big-1" });
    expect(e.cause?.toString()).toContain(`body over ${64 * 1024} bytes (maxResponseBytes)`);
    await server.close();
  });

  it("the account log CSV may be 64 times the cap, and no more", async () => {
    let size = 0;
    const server = await startHostileServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/csv" });
      res.end("a".repeat(size));
    });
    const futures = client(server.url, { maxResponseBytes: 1024 });
    size = 60 * 1024;
    expect(((await futures.accountLogCsv()) as unknown as string).length).toBe(size);
    const e = await failure(futures.getAccounts());
    expect(e.message).toContain("body over 1024 bytes (maxResponseBytes)");
    size = 65 * 1024;
    const big = await failure(futures.accountLogCsv());
    expect(big.message).toContain(`body over ${64 * 1024} bytes (maxResponseBytes)`);
    await server.close();
  });

  it("must be positive", () => {
    expect(() => new KrakenFutures({ maxResponseBytes: 0 })).toThrow(KrakenConfigError);
    expect(() => new KrakenFutures({ maxResponseBytes: Number.NaN })).toThrow(KrakenConfigError);
  });
});

describe("secrets echoed by the server never reach an error text or a log", () => {
  it("the key, secret, nonce and Authent in status texts, error codes, messages, 5xx bodies and Locations", async () => {
    let mode = "";
    const server = await startHostileServer((req, res) => {
      const authent = String(req.headers.authent);
      const nonce = String(req.headers.nonce);
      const echo = `${authent} ${nonce} ${req.headers.apikey} ${DEMO_FUTURES_API_SECRET}`;
      const json = (code: number, body: unknown) => {
        res.writeHead(code, { "Content-Type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (mode === "status") {
        res.writeHead(500, `oops ${authent} ${nonce}`);
        res.end();
      } else if (mode === "redirect") {
        res.writeHead(307, { Location: `http://${nonce}.example/` });
        res.end();
      } else if (mode === "code") {
        json(200, { result: "error", error: `invalidArgument ${echo}`, message: echo });
      } else if (mode === "errors") {
        json(400, { result: "error", errors: [{ message: echo }] });
      } else {
        // A 5xx with Kraken's transient code: a read is retried with a fresh nonce and Authent.
        json(503, { result: "error", error: "Unavailable", message: `busy: ${echo}` });
      }
    });
    const logs: unknown[] = [];
    const log = (m: string, d?: object) => void logs.push([m, d]);
    const futures = client(server.url, {
      logger: { debug: log, info: log, warn: log, error: log },
      retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 },
    });
    const errors: Error[] = [];
    for (mode of ["status", "redirect", "code", "errors", "5xx"]) {
      errors.push(await failure(futures.getAccounts()));
      errors.push(await failure(futures.sendOrder({ ...ORDER })));
    }
    expect(errors.map((e) => e.constructor.name)).toEqual([
      "KrakenHttpError",
      "KrakenAmbiguousRequestError",
      "KrakenHttpError",
      "KrakenAmbiguousRequestError",
      "KrakenFuturesApiError",
      "KrakenFuturesApiError",
      "KrakenFuturesApiError",
      "KrakenFuturesApiError",
      "KrakenFuturesApiError",
      "KrakenAmbiguousRequestError",
    ]);
    const sent = server.received.flatMap((r) => [String(r.headers.authent), String(r.headers.nonce)]);
    expect(new Set(sent).size).toBe(sent.length); // every attempt had its own nonce and Authent
    expect(server.received.length).toBeGreaterThan(errors.length); // the 5xx read was retried
    const haystack = [...errors.map(texts), JSON.stringify(logs), inspect(logs, { depth: 10 })].join("\n");
    expect(haystack).toContain("[redacted]");
    for (const secret of [DEMO_FUTURES_API_SECRET, API_KEY, ...sent])
      expect(haystack.includes(secret), `leaked ${secret.slice(0, 8)}...`).toBe(false);
    const api = errors[4] as KrakenFuturesApiError;
    expect(api.krakenCode).toBe("invalidArgument [redacted] [redacted] [redacted] [redacted]");
    expect(api.krakenMessage).toBe("[redacted] [redacted] [redacted] [redacted]");
    await server.close();
  });

  it("a refused order's status, ids and kept answer are scrubbed too (single and batch)", async () => {
    const server = await startHostileServer((req, res) => {
      const echo = `${req.headers.authent} ${req.headers.nonce} ${req.headers.apikey}`;
      const status = { status: `refused ${echo}`, order_id: echo, [echo]: echo };
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ result: "success", sendStatus: status, batchStatus: [status] }));
    });
    const futures = client(server.url);
    const single = await failure(futures.sendOrder({ ...ORDER, cliOrdId: "refused-echo" }));
    const batch = await failure(
      futures.sendBatchOrder({
        json: { batchOrder: [{ order: "send", order_tag: "1", ...ORDER }] },
      } as never),
    );
    for (const e of [single, batch]) expect(e).toBeInstanceOf(KrakenOrderRejectedError);
    const rejected = single as KrakenOrderRejectedError;
    expect(rejected.status).toBe("refused [redacted] [redacted] [redacted]");
    expect(rejected.cliOrdId).toBe("refused-echo");
    const sent = server.received.flatMap((r) => [String(r.headers.authent), String(r.headers.nonce)]);
    const haystack = [single, batch].map(texts).join("\n");
    for (const secret of [API_KEY, ...sent])
      expect(haystack.includes(secret), `leaked ${secret.slice(0, 8)}...`).toBe(false);
    await server.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "../../generated/index.js";
import {
  KrakenAmbiguousRequestError,
  KrakenApiError,
  type KrakenError,
  KrakenHttpError,
  KrakenNetworkError,
  KrakenRest,
  KrakenTimeoutError,
} from "../../src/index.js";
import {
  closedPort,
  type Reply,
  startTestServer,
  TEST_SECRET,
  type TestServer,
} from "./helpers/kraken-test-server.js";

type Rows = Record<string, { retry: string; auth: string; path: string }>;
const rows = operations as unknown as Rows;
const pick = (cls: string, preferred: string) =>
  rows[preferred]?.retry === cls
    ? preferred
    : Object.keys(rows).find((id) => rows[id]?.auth === "private" && rows[id]?.retry === cls);
const OPS = {
  safe: pick("safe", "getAccountBalance"),
  unsent: pick("unsent", "cancelOrder"),
  never: pick("never", "addOrder"),
};
const PARAMS: Record<string, Record<string, unknown>> = {
  addOrder: { ordertype: "limit", type: "buy", pair: "XBTUSD", price: "1", volume: "1" },
  cancelOrder: { txid: "OABC" },
};

type Expect = {
  safe: number;
  unsent: number;
  never: number;
  ambiguousNever?: boolean;
  errorClass?: new (...a: never[]) => KrakenError;
};
const kraken = (e: string): Reply => ({ json: { error: [e] } });
const TABLE: Array<[string, (() => Reply) | "refused", Expect]> = [
  ["connection refused", "refused", { safe: 4, unsent: 4, never: 1, errorClass: KrakenNetworkError }],
  [
    "reset after the body was sent",
    () => ({ action: "reset" }),
    { safe: 4, unsent: 1, never: 1, ambiguousNever: true, errorClass: KrakenNetworkError },
  ],
  [
    "timeout",
    () => ({ action: "hang" }),
    { safe: 4, unsent: 1, never: 1, ambiguousNever: true, errorClass: KrakenTimeoutError },
  ],
  [
    "HTTP 502",
    () => ({ status: 502, text: "bad gateway", contentType: "text/html" }),
    { safe: 4, unsent: 1, never: 1, ambiguousNever: true, errorClass: KrakenHttpError },
  ],
  [
    "EService:Unavailable",
    () => kraken("EService:Unavailable"),
    { safe: 4, unsent: 1, never: 1, ambiguousNever: true, errorClass: KrakenApiError },
  ],
  [
    "EService:Busy",
    () => kraken("EService:Busy"),
    { safe: 4, unsent: 1, never: 1, ambiguousNever: true, errorClass: KrakenApiError },
  ],
  [
    "EGeneral:Internal error",
    () => kraken("EGeneral:Internal error:5"),
    { safe: 4, unsent: 1, never: 1, ambiguousNever: true, errorClass: KrakenApiError },
  ],
  [
    "EGeneral:Too many requests",
    () => kraken("EGeneral:Too many requests"),
    { safe: 4, unsent: 4, never: 1, errorClass: KrakenApiError },
  ],
  [
    "EAPI:Rate limit exceeded",
    () => kraken("EAPI:Rate limit exceeded"),
    { safe: 4, unsent: 4, never: 1, errorClass: KrakenApiError },
  ],
  [
    "EService:Throttled: <now>",
    () => kraken(`EService:Throttled: ${Math.floor(Date.now() / 1000)}`),
    { safe: 4, unsent: 4, never: 1, errorClass: KrakenApiError },
  ],
  [
    "EAPI:Invalid nonce (once)",
    () => kraken("EAPI:Invalid nonce"),
    { safe: 2, unsent: 2, never: 1, errorClass: KrakenApiError },
  ],
  [
    "EGeneral:Temporary lockout",
    () => kraken("EGeneral:Temporary lockout"),
    { safe: 1, unsent: 1, never: 1, errorClass: KrakenApiError },
  ],
  [
    "EAPI:Invalid key",
    () => kraken("EAPI:Invalid key"),
    { safe: 1, unsent: 1, never: 1, errorClass: KrakenApiError },
  ],
  [
    "EAPI:Invalid signature",
    () => kraken("EAPI:Invalid signature"),
    { safe: 1, unsent: 1, never: 1, errorClass: KrakenApiError },
  ],
  [
    "EGeneral:Permission denied",
    () => kraken("EGeneral:Permission denied"),
    { safe: 1, unsent: 1, never: 1, errorClass: KrakenApiError },
  ],
];

describe("retry class x failure: attempts seen", () => {
  let server: TestServer;
  let fault: () => Reply = () => ({ json: { error: [], result: {} } });
  let refusedUrl: string;
  beforeAll(async () => {
    server = await startTestServer({ handler: () => fault() });
    refusedUrl = `http://127.0.0.1:${await closedPort()}`;
  });
  afterAll(() => server.close());

  it("has an operation of every retry class", () => {
    expect(OPS.safe && OPS.unsent && OPS.never).toBeTruthy();
  });

  let keyN = 0;
  for (const [name, failure, expected] of TABLE) {
    for (const cls of ["safe", "unsent", "never"] as const) {
      it(`${cls} x ${name} -> ${expected[cls]} attempt(s)`, async () => {
        const op = OPS[cls] as string;
        let fetchCalls = 0;
        const refused = failure === "refused";
        if (!refused) fault = failure;
        const rest = new KrakenRest({
          apiKey: `retry-key-${keyN++}`,
          apiSecret: TEST_SECRET,
          baseUrl: refused ? refusedUrl : server.url,
          rateLimit: false,
          timeoutMs: 400,
          retry: { baseDelayMs: 2, maxDelayMs: 5 },
          fetch: (input, init) => {
            fetchCalls++;
            return fetch(input, init);
          },
        });
        const before = server.count(rows[op]?.path as string);
        const error = await rest.request(op as "getAccountBalance", (PARAMS[op] ?? {}) as never).then(
          () => undefined,
          (e: unknown) => e,
        );
        const seen = refused ? fetchCalls : server.count(rows[op]?.path as string) - before;
        expect(seen).toBe(expected[cls]);
        if (cls === "never" && expected.ambiguousNever) {
          expect(error).toBeInstanceOf(KrakenAmbiguousRequestError);
          expect((error as KrakenAmbiguousRequestError).reachedKraken).toBe("unknown");
          if (op === "addOrder")
            expect((error as KrakenAmbiguousRequestError).clOrdId).toMatch(/^[0-9a-f-]{36}$/);
        } else if (expected.errorClass) {
          expect(error).toBeInstanceOf(expected.errorClass);
        }
      });
    }
  }

  it("waits until the time in EService:Throttled before retrying", async () => {
    let n = 0;
    fault = () =>
      n++ === 0
        ? kraken(`EService:Throttled: ${(Date.now() + 1000) / 1000}`)
        : { json: { error: [], result: { ok: 1 } } };
    const rest = new KrakenRest({
      apiKey: "throttle-key",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
    });
    const t0 = Date.now();
    await expect(rest.request("getAccountBalance")).resolves.toEqual({ ok: 1 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });

  it("retry: false makes exactly one attempt", async () => {
    fault = () => kraken("EService:Unavailable");
    const rest = new KrakenRest({
      apiKey: "no-retry",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
      retry: false,
    });
    const before = server.count("/private/Balance");
    await expect(rest.getAccountBalance()).rejects.toBeInstanceOf(KrakenApiError);
    expect(server.count("/private/Balance") - before).toBe(1);
  });
});

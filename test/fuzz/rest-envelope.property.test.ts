// Property: a REST body resolves only when it is a Kraken envelope (a JSON object whose `error` is an
// array of strings, with a `result` unless an entry is an error), and fails with nothing but the typed
// errors otherwise: for the decoder alone, and for whole calls against a loopback server answering
// each generated body.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KrakenAmbiguousRequestError, KrakenApiError, KrakenHttpError, KrakenRest } from "../../src/index.js";
import { decodeEnvelope } from "../../src/rest/envelope.js";
import { fuzzParams } from "../helpers/fuzz.js";
import { type HostileServer, startHostileServer } from "../rest/helpers/hostile-server.js";
import { TEST_SECRET } from "../rest/helpers/kraken-test-server.js";

/** The specification, written plainly: the envelope when `text` is one, else undefined. */
function specEnvelope(text: string): { error: string[]; result?: unknown } | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
  const { error } = v as { error?: unknown };
  if (!Array.isArray(error) || !error.every((x) => typeof x === "string")) return undefined;
  const hasError = error.some((x: string) => !x.trim().startsWith("W"));
  return hasError || Object.hasOwn(v, "result") ? (v as { error: string[] }) : undefined;
}

const message = fc.oneof(
  fc.constantFrom("EGeneral:Invalid arguments", "WGeneral:careful", " EService:Unavailable", "W", ""),
  fc.string({ maxLength: 10 }),
);
const envelopeLike = fc.record(
  {
    error: fc.oneof(
      fc.array(message, { maxLength: 3 }),
      fc.jsonValue({ maxDepth: 2 }),
      fc.array(fc.jsonValue()),
    ),
    result: fc.jsonValue({ maxDepth: 3 }),
    other: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);
/** Envelopes, near-envelopes, any JSON, any text, and cut-off envelopes. */
const body = fc.oneof(
  envelopeLike.map((v) => JSON.stringify(v)),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 40 }),
  fc.tuple(envelopeLike, fc.nat()).map(([v, n]) => {
    const t = JSON.stringify(v);
    return t.slice(0, n % (t.length + 1));
  }),
);

describe("REST envelope decoding (property)", () => {
  it("decodeEnvelope never throws and accepts exactly the valid envelopes, unchanged", () => {
    fc.assert(
      fc.property(body, (text) => {
        const expected = specEnvelope(text);
        const got = decodeEnvelope(text);
        if (expected === undefined) expect(got).toBeUndefined();
        else expect(got).toEqual(expected);
      }),
      fuzzParams(),
    );
  });

  describe("whole calls over loopback", () => {
    let server: HostileServer;
    let answer = "";
    beforeAll(async () => {
      server = await startHostileServer((_req, res) => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(answer);
      });
    });
    afterAll(() => server.close());
    // A socket round trip per case: fewer cases than the decoder property, and a bound under `npm run fuzz`.
    const params = fuzzParams<[string]>(300);
    params.numRuns = Math.min(params.numRuns ?? 300, 20_000);

    it("a call resolves with the result, or fails with KrakenApiError, KrakenHttpError or (AddOrder) the ambiguous error", async () => {
      const rest = new KrakenRest({
        apiKey: "FUZZ-KEY",
        apiSecret: TEST_SECRET,
        baseUrl: server.url,
        rateLimit: false,
        retry: false,
      });
      await fc.assert(
        fc.asyncProperty(body, async (text) => {
          answer = text;
          const expected = specEnvelope(text);
          const errors = expected?.error.filter((x) => !x.trim().startsWith("W")) ?? [];
          const pub = await rest.getServerTime().then(
            (result) => ({ result }),
            (error: unknown) => ({ error }),
          );
          const order = await rest
            .addOrder({
              ordertype: "limit",
              type: "buy",
              pair: "XBTUSD",
              price: "1",
              volume: "1",
              cl_ord_id: "f-1",
            })
            .then(
              (result) => ({ result }),
              (error: unknown) => ({ error }),
            );
          if (!expected) {
            expect((pub as { error: unknown }).error).toBeInstanceOf(KrakenHttpError);
            expect((order as { error: unknown }).error).toBeInstanceOf(KrakenAmbiguousRequestError);
            expect((order as { error: KrakenAmbiguousRequestError }).error.clOrdId).toBe("f-1");
          } else if (errors.length > 0) {
            expect((pub as { error: unknown }).error).toBeInstanceOf(KrakenApiError);
            expect((pub as { error: KrakenApiError }).error.errors).toEqual(errors);
            const e = (order as { error: unknown }).error;
            expect(e instanceof KrakenApiError || e instanceof KrakenAmbiguousRequestError).toBe(true);
          } else {
            expect(pub).toEqual({ result: expected.result });
            expect(order).toEqual({ result: expected.result });
          }
        }),
        params,
      );
    });
  });
});

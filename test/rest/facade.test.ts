import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { type OperationId, type OperationRow, operations } from "../../generated/index.js";
import {
  type CallOptions,
  KrakenRest,
  type OperationParams,
  type OperationResult,
  rawClient,
} from "../../src/index.js";
import { startTestServer, TEST_SECRET, type TestServer } from "./helpers/kraken-test-server.js";

const rows = operations as unknown as Record<string, OperationRow>;
const byPath = new Map(Object.values(rows).map((r) => [r.path, r.operationId]));
const fixtureUrl = (id: string) => new URL(`../fixtures/responses/${id}.json`, import.meta.url);
function envelopeFor(id: string): { error: string[]; result: unknown } {
  const url = fixtureUrl(id);
  return existsSync(url) ? JSON.parse(readFileSync(url, "utf8")) : { error: [], result: { operation: id } };
}

describe("every operation in the table is callable through the facade", () => {
  let server: TestServer;
  let rest: KrakenRest;
  const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
  beforeAll(async () => {
    server = await startTestServer({
      handler: (r) => {
        const id = byPath.get(r.krakenPath) ?? "";
        if (id === "retrieveExport") return { text: ZIP.toString("latin1"), contentType: "application/zip" };
        return { json: envelopeFor(id) };
      },
    });
    rest = new KrakenRest({
      apiKey: "facade-key",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
    });
  });
  afterAll(() => server.close());

  it("has operations", () => {
    expect(Object.keys(rows).length).toBeGreaterThan(0);
  });

  for (const id of Object.keys(rows)) {
    it(`${id}`, async () => {
      const row = rows[id] as OperationRow;
      const method = (rest as unknown as Record<string, (p?: unknown, o?: CallOptions) => Promise<unknown>>)[
        id
      ];
      expect(typeof method).toBe("function");
      const before = server.received.length;
      const result = await method?.call(rest, {});
      const got = server.received[before];
      expect(got?.krakenPath).toBe(row.path);
      expect(got?.method).toBe(row.method.toUpperCase());
      if (row.auth === "private") {
        expect(got?.signatureValid).toBe(true);
        expect(got?.headers["content-type"]).toContain(
          row.encoding === "json" ? "application/json" : "x-www-form-urlencoded",
        );
      } else {
        expect(got?.headers["api-sign"]).toBeUndefined();
      }
      if (id === "retrieveExport")
        expect(new Uint8Array(result as ArrayBuffer).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
      else expect(result).toEqual(envelopeFor(id).result);
    });
  }

  it("rawClient(rest) is the raw typed client with the same pipeline (signing, envelope left as is)", async () => {
    const { data } = await rawClient(rest).POST("/private/Balance" as never, {} as never);
    expect((data as unknown as { error: unknown[] }).error).toEqual([]);
    expect(server.received.at(-1)?.signatureValid).toBe(true);
    const time = await rawClient(rest).GET("/public/Time" as never, {} as never);
    expect(time.data).toEqual(envelopeFor("getServerTime"));
  });

  it("middleware registered on rawClient(rest) sees facade calls too", async () => {
    const r = new KrakenRest({
      apiKey: "mw-key",
      apiSecret: TEST_SECRET,
      baseUrl: server.url,
      rateLimit: false,
    });
    const seen: string[] = [];
    const mw = { onRequest: ({ schemaPath }: { schemaPath: string }) => void seen.push(schemaPath) };
    rawClient(r).use(mw);
    await r.getServerTime();
    await r.getAccountBalance();
    expect(seen).toEqual(["/public/Time", "/private/Balance"]);
    expect(server.received.at(-1)?.signatureValid).toBe(true);
    rawClient(r).eject(mw);
    await r.getServerTime();
    expect(seen).toHaveLength(2);
  });

  it("surfaces W... entries as warnings, not failures", async () => {
    const warn = await startTestServer({
      handler: () => ({ json: { error: ["WGeneral:Something odd"], result: { ok: 1 } } }),
    });
    const seen: unknown[] = [];
    try {
      const r = new KrakenRest({ baseUrl: warn.url, logger: { warn: (m, d) => seen.push([m, d]) } });
      await expect(r.call("getServerTime")).resolves.toMatchObject({
        result: { ok: 1 },
        warnings: ["WGeneral:Something odd"],
      });
      expect(JSON.stringify(seen)).toContain("WGeneral:Something odd");
    } finally {
      await warn.close();
    }
  });

  it("a private call without credentials is a config error before anything is sent", async () => {
    const anon = new KrakenRest({ baseUrl: server.url });
    const before = server.received.length;
    await expect(anon.getAccountBalance()).rejects.toMatchObject({ category: "config", reachedKraken: "no" });
    expect(server.received.length).toBe(before);
  });

  it("types: params without nonce/otp, unwrapped results, optional params where allowed", () => {
    expectTypeOf<OperationParams<"addOrder">>().toHaveProperty("ordertype");
    expectTypeOf<OperationParams<"addOrder">>().not.toHaveProperty("nonce");
    expectTypeOf<OperationParams<"addOrder">>().not.toHaveProperty("otp");
    expectTypeOf<OperationParams<"getTickerInformation">>().toHaveProperty("pair");
    expectTypeOf<OperationResult<"getServerTime">>().toHaveProperty("unixtime");
    expectTypeOf<OperationResult<"addOrder">>().toHaveProperty("txid");
    expectTypeOf<ReturnType<KrakenRest["getServerTime"]>>().toEqualTypeOf<
      Promise<OperationResult<"getServerTime">>
    >();
    expectTypeOf<KrakenRest["webSocketToken"]>().returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf<OperationId>().toEqualTypeOf<keyof typeof operations>();
    const typeOnly = (r: KrakenRest) => {
      void r.getServerTime();
      void r.getTickerInformation({ pair: "XBTUSD" });
      // @ts-expect-error required order fields are missing
      void r.addOrder({});
      // @ts-expect-error the nonce is the SDK's business
      void r.getAccountBalance({ nonce: 1 });
    };
    expect(typeof typeOnly).toBe("function");
  });
});

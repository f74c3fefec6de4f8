// Type tests for generated/futures: money in answers is a decimal string, money in requests is decimal
// text, enums are closed, the table rows are literal. Checked by tsc (schema-types.test.ts compiles this
// file with test/spec/tsconfig.types.json); at runtime only the table is looked at.
import type { Client } from "openapi-fetch";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { FuturesComponents, FuturesOperationId, FuturesPaths } from "../../generated/futures/index.js";
import { futuresOperations } from "../../generated/futures/index.js";

type Schemas = FuturesComponents["schemas"];
type Answer<P extends keyof FuturesPaths, M extends "get" | "post" | "put" | "delete"> =
  NonNullable<FuturesPaths[P][M]> extends { responses: { 200: { content: { "application/json": infer B } } } }
    ? B
    : never;
type Query<P extends keyof FuturesPaths, M extends "get" | "post" | "put"> = NonNullable<
  NonNullable<FuturesPaths[P][M]> extends { parameters: { query?: infer Q } } ? Q : never
>;

describe("generated futures types", () => {
  it("types money numbers of answers as decimal strings and other numbers as numbers", () => {
    expectTypeOf<Schemas["ExactNumber"]>().toEqualTypeOf<string>();
    expectTypeOf<Schemas["MarketTicker"]["markPrice"]>().toEqualTypeOf<string>();
    expectTypeOf<Schemas["OpenPosition"]["size"]>().toEqualTypeOf<string>();
    expectTypeOf<Schemas["AccountLogEntry"]["id"]>().toEqualTypeOf<number>();
    expectTypeOf<Schemas["BookLevel"]>().toEqualTypeOf<[string, string]>();
  });

  it("types sendorder: required order fields, closed enums, money as text, the answer a union with the refusal", () => {
    type Q = Query<"/derivatives/api/v3/sendorder", "post">;
    expectTypeOf<Q["size"]>().toEqualTypeOf<string>();
    expectTypeOf<Q["symbol"]>().toEqualTypeOf<string>();
    expectTypeOf<"trailing_stop">().toExtend<Q["orderType"]>();
    expectTypeOf<"limit">().not.toExtend<Q["orderType"]>();
    type A = Answer<"/derivatives/api/v3/sendorder", "post">;
    expectTypeOf<Schemas["ErrorEnvelope"]>().toExtend<A>();
    type Ok = Exclude<A, Schemas["ErrorEnvelope"]>;
    expectTypeOf<"placed">().toExtend<Ok["sendStatus"]["status"]>();
  });

  it("has literal rows: sendBatchOrder's cost is the rule name, sendOrder is never retried", () => {
    expectTypeOf(futuresOperations.sendBatchOrder.cost).toEqualTypeOf<"batchorder">();
    expectTypeOf(futuresOperations.sendOrder.retry).toEqualTypeOf<"never">();
    expectTypeOf<"getTickers">().toExtend<FuturesOperationId>();
    expectTypeOf<"addOrder">().not.toExtend<FuturesOperationId>();
    expect(futuresOperations.getTickers.path).toBe("/derivatives/api/v3/tickers");
  });

  it("drives openapi-fetch with full paths", () => {
    const typeOnly = async (client: Client<FuturesPaths>) => {
      const { data } = await client.GET("/derivatives/api/v3/tickers/{symbol}", {
        params: { path: { symbol: "PF_XBTUSD" } },
      });
      expectTypeOf(data).not.toBeAny();
      // @ts-expect-error -- getOrderbook needs a symbol
      await client.GET("/derivatives/api/v3/orderbook", { params: { query: {} } });
    };
    expect(typeof typeOnly).toBe("function");
  });
});

// Type tests: the generated types give a path's params and result the shapes users rely on. The
// expectTypeOf calls do nothing at runtime; the last test runs tsc over this file so a type that drifts
// fails `npm test` (and `npm run typecheck` checks them too).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Client } from "openapi-fetch";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { OperationId, OperationRow, paths } from "../../generated/index.js";
import { operations } from "../../generated/index.js";
import { ROOT } from "./spec-helpers.js";

type Get<P extends keyof paths> = NonNullable<paths[P]["get"]>;
type Post<P extends keyof paths> = NonNullable<paths[P]["post"]>;
type Query<P extends keyof paths> = NonNullable<Get<P>["parameters"]["query"]>;
type FormBody<P extends keyof paths> =
  NonNullable<Post<P>["requestBody"]> extends { content: { "application/x-www-form-urlencoded": infer B } }
    ? B
    : never;
type ResultOf<O> = O extends { responses: { 200: { content: { "application/json": { result?: infer R } } } } }
  ? NonNullable<R>
  : never;
type GetResult<P extends keyof paths> = ResultOf<Get<P>>;
type PostResult<P extends keyof paths> = ResultOf<Post<P>>;

describe("generated types", () => {
  it("types getTickerInformation's query with an optional `pair` string", () => {
    expectTypeOf<Query<"/public/Ticker">>().toHaveProperty("pair");
    expectTypeOf<Query<"/public/Ticker">["pair"]>().toEqualTypeOf<string | undefined>();
  });

  it("types getServerTime's result with `unixtime: number` and `rfc1123: string`", () => {
    expectTypeOf<GetResult<"/public/Time">["unixtime"]>().toEqualTypeOf<number>();
    expectTypeOf<GetResult<"/public/Time">["rfc1123"]>().toEqualTypeOf<string>();
  });

  it("types AddOrder's form body: `ordertype` is a closed enum, money is a string, nonce is required", () => {
    type Body = FormBody<"/private/AddOrder">;
    expectTypeOf<"limit">().toExtend<Body["ordertype"]>();
    expectTypeOf<"market">().toExtend<Body["ordertype"]>();
    expectTypeOf<"bogus">().not.toExtend<Body["ordertype"]>();
    expectTypeOf<string>().not.toExtend<Body["ordertype"]>();
    expectTypeOf<Body["volume"]>().toEqualTypeOf<string>();
    expectTypeOf<Body["type"]>().toEqualTypeOf<"buy" | "sell">();
    expectTypeOf<Body["nonce"]>().toEqualTypeOf<number>();
    expectTypeOf<{ pair: string }>().not.toExtend<Body>();
  });

  it("types AddOrder's result with a txid list", () => {
    expectTypeOf<PostResult<"/private/AddOrder">>().toHaveProperty("txid");
  });

  it("keeps the operation table rows literal", () => {
    expectTypeOf(operations.addOrder.cost).toEqualTypeOf<"engine">();
    expectTypeOf(operations.getServerTime.auth).toEqualTypeOf<"public">();
    expectTypeOf(operations.addOrder).toExtend<OperationRow>();
    expectTypeOf<"getServerTime">().toExtend<OperationId>();
    expectTypeOf<"notAnOperation">().not.toExtend<OperationId>();
    expect(operations.addOrder.path).toBe("/private/AddOrder");
  });

  it("drives openapi-fetch: GET /public/Time data carries the typed result", () => {
    // Never called: only its types are checked.
    const typeOnly = async (client: Client<paths>) => {
      const { data } = await client.GET("/public/Time");
      expectTypeOf(data?.result?.unixtime).toEqualTypeOf<number | undefined>();
      // @ts-expect-error -- the query of /public/Ticker has no `pairs` parameter
      await client.GET("/public/Ticker", { params: { query: { pairs: "XBTUSD" } } });
    };
    expect(typeof typeOnly).toBe("function");
  });

  it("passes tsc (the expectations above are checked by the compiler, not at runtime)", async () => {
    const tsc = path.join(ROOT, "node_modules/.bin/tsc");
    const run = promisify(execFile)(
      tsc,
      ["--noEmit", "-p", path.join(ROOT, "test/spec/tsconfig.types.json")],
      {
        cwd: ROOT,
      },
    );
    await expect(
      run.catch((err) => Promise.reject(new Error(`${err.stdout}${err.stderr}`))),
    ).resolves.toBeDefined();
  }, 60_000);
});

// The futures operation table: rows read from openapi.futures.json's policy, the exact-key lists the
// client's exact-JSON reader needs, and loud failures for broken policy.
import { describe, expect, it } from "vitest";
import { buildFuturesOperationTable, exactKeys } from "../../codegen/futures-table.mjs";
import { futuresCostRules, futuresOperations, futuresPools } from "../../generated/futures/index.js";
import { loadFuturesSpec } from "./futures-helpers.js";
import type { Json } from "./spec-helpers.js";

const spec = loadFuturesSpec();

function op(overrides: Record<string, unknown> = {}): Json {
  return {
    operationId: "getThing",
    summary: "A thing",
    "x-kraken-auth": "private",
    "x-kraken-permission": "general-read-only",
    "x-kraken-cost": 2,
    "x-kraken-cost-source": "docs",
    "x-kraken-pool": "derivatives",
    "x-kraken-retry": "safe",
    "x-kraken-encoding": "query",
    responses: {},
    ...overrides,
  };
}
const doc = (o: Json, extra: Json = {}) => ({
  "x-kraken-pools": { derivatives: { capacity: 500, refill: 500, refillIntervalMs: 10000 } },
  "x-kraken-cost-rules": { fills: { base: 2 } },
  paths: { "/derivatives/api/v3/thing": { get: o } },
  ...extra,
});

describe("futures operation table (generated/futures/operations.ts)", () => {
  it("has one row per operation, sorted, equal to the table read from openapi.futures.json", () => {
    const ids = Object.keys(futuresOperations);
    expect(ids).toHaveLength(64);
    expect(ids).toEqual([...ids].sort());
    const rows = buildFuturesOperationTable(spec).map(({ summary: _s, ...row }) => row);
    expect(Object.values(futuresOperations)).toEqual(rows);
  });

  it("gives sendOrder, sendBatchOrder, getFills and accountLog the policy the clients rely on", () => {
    expect(futuresOperations.sendOrder).toMatchObject({
      method: "post",
      path: "/derivatives/api/v3/sendorder",
      auth: "private",
      permission: "general-full-access",
      cost: 10,
      pool: "derivatives",
      retry: "never",
      encoding: "query",
      envelope: true,
    });
    expect(futuresOperations.sendBatchOrder).toMatchObject({
      cost: "batchorder",
      encoding: "form",
      jsonParams: ["json"],
    });
    expect(futuresOperations.simulatePortfolio.jsonParams).toEqual(["json"]);
    expect(futuresOperations.getFills.cost).toBe("fills");
    expect(futuresOperations.accountLog).toMatchObject({
      cost: "accountlog",
      pool: "history",
      envelope: false,
    });
    expect(futuresOperations.getTickers).toMatchObject({
      auth: "public",
      cost: 0,
      pool: "public",
      envelope: true,
    });
    expect(futuresOperations.candles.path).toBe("/api/charts/v1/{tick_type}/{symbol}/{resolution}");
    expect(futuresPools.derivatives).toEqual({ capacity: 500, refill: 500, refillIntervalMs: 10000 });
    expect(futuresCostRules.fills).toEqual({ base: 2, whenPresent: { lastFillTime: 25 } });
  });

  it("lists the money keys of each answer for the exact-JSON reader", () => {
    expect(futuresOperations.getTickers.exact).toEqual(
      expect.arrayContaining(["markPrice", "fundingRate", "last", "vol24h"]),
    );
    expect(futuresOperations.getOrderbook.exactDeep).toEqual(["asks", "bids"]);
    expect(futuresOperations.getAccounts.exactDeep).toContain("balances");
    expect(futuresOperations.sendOrder.exact).toEqual(
      expect.arrayContaining(["quantity", "filled", "limitPrice", "price", "amount"]),
    );
    // integers that are not money stay numbers
    expect(futuresOperations.getUnwindQueue.exact).not.toContain("percentile");
    expect(futuresOperations.accountLog.exact).not.toContain("id");
  });

  it("classifies a key as money, plain, or money inside containers", () => {
    const s = {
      components: { schemas: { M: { type: "number", "x-kraken-exact": true } } },
    };
    const schema = {
      type: "object",
      properties: {
        price: { $ref: "#/components/schemas/M" },
        count: { type: "integer" },
        levels: {
          type: "array",
          items: {
            type: "array",
            prefixItems: [{ $ref: "#/components/schemas/M" }, { $ref: "#/components/schemas/M" }],
          },
        },
        balances: {
          type: "object",
          additionalProperties: { anyOf: [{ $ref: "#/components/schemas/M" }, { type: "string" }] },
        },
        nested: {
          type: "object",
          properties: { size: { anyOf: [{ $ref: "#/components/schemas/M" }, { type: "null" }] } },
        },
      },
    };
    expect(exactKeys(s, schema, "x")).toEqual({
      exact: ["price", "size"],
      exactDeep: ["balances", "levels"],
    });
  });

  it("refuses a key that is money in one place and a plain number in another", () => {
    const s = { components: { schemas: { M: { type: "number", "x-kraken-exact": true } } } };
    const schema = {
      type: "object",
      properties: {
        a: { type: "object", properties: { size: { $ref: "#/components/schemas/M" } } },
        b: { type: "object", properties: { size: { type: "number" } } },
      },
    };
    expect(() => exactKeys(s, schema, "GET /x (op)")).toThrow(
      /GET \/x \(op\): key "size" is a money number in one place/,
    );
    const mixed = {
      type: "object",
      properties: {
        v: { type: "array", items: { anyOf: [{ $ref: "#/components/schemas/M" }, { type: "number" }] } },
      },
    };
    expect(() => exactKeys(s, mixed, "y")).toThrow(/holds both money numbers and plain numbers/);
    // a deep key is read whole: a plain number anywhere inside it (even under a named member) is refused
    const inside = {
      type: "object",
      properties: {
        data: {
          anyOf: [
            { type: "array", items: { $ref: "#/components/schemas/M" } },
            { type: "object", properties: { count: { type: "array", items: { type: "integer" } } } },
          ],
        },
      },
    };
    expect(() => exactKeys(s, inside, "z")).toThrow(
      /key "data" holds money numbers in arrays or maps and plain numbers elsewhere inside/,
    );
  });

  it.each([
    [{ "x-kraken-pool": undefined }, /missing x-kraken-pool/],
    [{ "x-kraken-cost-source": "guess" }, /x-kraken-cost-source must be one of/],
    [{ "x-kraken-cost": "batch" }, /x-kraken-cost must be a non-negative number or a rule/],
    [{ "x-kraken-pool": "spot" }, /x-kraken-pool must be one of/],
    [{ "x-kraken-auth": "public" }, /a public operation must be free/],
    [{ "x-kraken-pool": "public" }, /an operation in no pool must cost 0/],
    [{ operationId: "request" }, /reserved for the client/],
    [{ "x-kraken-encoding": "xml" }, /x-kraken-encoding must be one of/],
  ])("fails loudly, naming the operation, on %j", (overrides, message) => {
    const o = op(overrides);
    for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete o[k];
    expect(() => buildFuturesOperationTable(doc(o))).toThrow(message);
  });

  it("accepts a cost rule named in x-kraken-cost-rules, and a pool named in x-kraken-pools", () => {
    const [row] = buildFuturesOperationTable(doc(op({ "x-kraken-cost": "fills" })));
    expect(row).toMatchObject({
      cost: "fills",
      pool: "derivatives",
      envelope: true,
      jsonParams: [],
      exact: [],
    });
    expect(() => buildFuturesOperationTable(doc(op({ "x-kraken-pool": "history" })))).toThrow(
      /pool history is not in x-kraken-pools/,
    );
  });
});

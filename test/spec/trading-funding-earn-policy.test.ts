// Policy of the trading, funding, subaccount and earn operations in openapi.json: retry classes, costs,
// composite permission rules, body encodings, batch bounds and AddOrder's bracket-keyed `close` object.
import { beforeAll, describe, expect, it } from "vitest";
import { type Json, listOperations, loadDereferencedSpec, loadSpec } from "./spec-helpers.js";

const PERMISSION_CODES = [
  "funds-query",
  "funds-deposit",
  "funds-withdraw",
  "orders-query-open",
  "orders-query-closed",
  "orders-create-modify",
  "orders-cancel",
  "ledger-query",
  "export-data",
  "websocket",
  "earn",
  "none",
];

/** operationId -> [retry class, encoding, cost] as decided for these operations (docs/openapi.md). */
const POLICY: Record<string, readonly [string, string, number | "engine"]> = {
  addOrder: ["never", "form", "engine"],
  addOrderBatch: ["never", "json", "engine"],
  amendOrder: ["never", "form", "engine"],
  editOrder: ["never", "form", "engine"],
  cancelOrder: ["unsent", "form", "engine"],
  cancelAllOrders: ["unsent", "form", "engine"],
  cancelAllOrdersAfter: ["unsent", "form", "engine"],
  cancelOrderBatch: ["unsent", "json", "engine"],
  getWebsocketsToken: ["safe", "form", 1],
  getDepositMethods: ["safe", "form", 1],
  getDepositAddresses: ["safe", "form", 1],
  getStatusRecentDeposits: ["safe", "form", 1],
  getWithdrawalMethods: ["safe", "form", 1],
  getWithdrawalAddresses: ["safe", "form", 1],
  getWithdrawalInformation: ["safe", "form", 1],
  withdrawFunds: ["never", "form", 1],
  getStatusRecentWithdrawals: ["safe", "form", 1],
  cancelWithdrawal: ["unsent", "form", 1],
  walletTransfer: ["never", "form", 1],
  createSubaccount: ["never", "form", 1],
  accountTransfer: ["never", "form", 1],
  allocateStrategy: ["never", "json", 1],
  deallocateStrategy: ["never", "json", 1],
  getAllocateStrategyStatus: ["safe", "json", 1],
  getDeallocateStrategyStatus: ["safe", "json", 1],
  listStrategies: ["safe", "json", 1],
  listAllocations: ["safe", "json", 1],
};

const MEDIA_TYPE: Record<string, string> = {
  form: "application/x-www-form-urlencoded",
  json: "application/json",
};

describe("trading, funding, subaccount and earn operations", () => {
  const byId = new Map(listOperations(loadSpec()).map((o) => [o.op.operationId as string, o.op]));
  let deref = new Map<string, Json>();

  beforeAll(async () => {
    deref = new Map(listOperations(await loadDereferencedSpec()).map((o) => [o.op.operationId, o.op]));
  });

  it("has the retry class, encoding and rate-limit cost decided for each operation", () => {
    const wrong: string[] = [];
    for (const [id, [retry, encoding, cost]] of Object.entries(POLICY)) {
      const op = byId.get(id);
      if (!op) {
        wrong.push(`${id}: missing`);
        continue;
      }
      const got = [op["x-kraken-retry"], op["x-kraken-encoding"], op["x-kraken-cost"]];
      if (JSON.stringify(got) !== JSON.stringify([retry, encoding, cost]))
        wrong.push(`${id}: ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("declares exactly the media type that x-kraken-encoding names", () => {
    const wrong = Object.keys(POLICY).filter((id) => {
      const op = byId.get(id);
      const types = Object.keys(op?.requestBody?.content ?? {});
      return types.length !== 1 || types[0] !== MEDIA_TYPE[op?.["x-kraken-encoding"]];
    });
    expect(wrong).toEqual([]);
  });

  it("uses known permission codes; a composite rule starts with the code in x-kraken-permission", () => {
    const wrong: string[] = [];
    for (const id of Object.keys(POLICY)) {
      const op = byId.get(id);
      const primary = op?.["x-kraken-permission"];
      if (!PERMISSION_CODES.includes(primary)) wrong.push(`${id}: ${primary}`);
      const rule = op?.["x-kraken-permission-rule"];
      if (rule === undefined) continue;
      const codes: unknown = rule.all ?? rule.any;
      const keys = Object.keys(rule);
      if (keys.length !== 1 || !["all", "any"].includes(keys[0] as string)) wrong.push(`${id}: rule ${keys}`);
      if (!Array.isArray(codes) || codes.length < 2) wrong.push(`${id}: rule needs two or more codes`);
      else {
        if (codes[0] !== primary) wrong.push(`${id}: rule starts with ${codes[0]}, not ${primary}`);
        for (const c of codes) if (!PERMISSION_CODES.includes(c)) wrong.push(`${id}: unknown code ${c}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("sends AddOrder's close object as close[...] bracket keys (deepObject) in its form body", () => {
    const op = deref.get("addOrder");
    const media = op.requestBody.content["application/x-www-form-urlencoded"];
    expect(media.encoding?.close).toEqual({ style: "deepObject", explode: true });
    expect(op["x-kraken-form-style"]).toEqual({ close: "brackets" });
    const close = media.schema.properties.close;
    expect(close.type).toBe("object");
    expect(Object.keys(close.properties).sort()).toEqual(["ordertype", "price", "price2"]);
    expect(close.properties.ordertype.enum).not.toContain("market");
  });

  it("bounds the batches: AddOrderBatch 2-15 orders, CancelOrderBatch at most 50 per list", () => {
    const add = deref.get("addOrderBatch").requestBody.content["application/json"].schema.properties;
    expect([add.orders.minItems, add.orders.maxItems]).toEqual([2, 15]);
    expect(add.orders.items.required).toEqual(["ordertype", "type", "volume"]);
    const cancel = deref.get("cancelOrderBatch").requestBody.content["application/json"].schema.properties;
    expect(cancel.orders.maxItems).toBe(50);
    expect(cancel.cl_ord_ids.maxItems).toBe(50);
  });

  it("types money fields of order entry as strings, never numbers", () => {
    const body = deref.get("addOrder").requestBody.content["application/x-www-form-urlencoded"].schema;
    for (const name of ["volume", "displayvol", "price", "price2"]) {
      expect(body.properties[name].type, name).toBe("string");
    }
    expect(body.properties.price.pattern && new RegExp(body.properties.price.pattern).test("#2.5%")).toBe(
      true,
    );
    expect(new RegExp(body.properties.price.pattern).test("1e5")).toBe(false);
  });
});

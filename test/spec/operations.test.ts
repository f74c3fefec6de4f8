// The 60 operations exist, each with complete x-kraken-* policy; private bodies carry nonce and otp.
import { describe, expect, it } from "vitest";
import { buildOperationTable } from "../../codegen/operation-table.mjs";
import {
  type Json,
  listOperations,
  loadDereferencedSpec,
  loadSpec,
  NEWER_OPERATIONS,
  OFFICIAL_OPERATIONS,
  requestBodySchema,
} from "./spec-helpers.js";

/** Properties and required names of an object schema, looking through allOf/oneOf/anyOf. */
function objectShape(schema: Json): { props: Record<string, Json>; required: Set<string> } {
  const props: Record<string, Json> = { ...(schema?.properties ?? {}) };
  const required = new Set<string>(schema?.required ?? []);
  for (const part of schema?.allOf ?? []) {
    const inner = objectShape(part);
    Object.assign(props, inner.props);
    for (const r of inner.required) required.add(r);
  }
  return { props, required };
}

/** Operations that change state on Kraken and must not be retried blindly. */
const NOT_IDEMPOTENT = [
  "addOrder",
  "addOrderBatch",
  "editOrder",
  "withdrawFunds",
  "walletTransfer",
  "accountTransfer",
  "createSubaccount",
  "allocateStrategy",
  "deallocateStrategy",
  "addExport",
];

/** Operations limited by the trading engine rather than the REST call counter. */
const ENGINE_LIMITED = [
  "addOrder",
  "addOrderBatch",
  "amendOrder",
  "editOrder",
  "cancelOrder",
  "cancelAllOrders",
  "cancelAllOrdersAfter",
  "cancelOrderBatch",
];

describe("operations in openapi.json", () => {
  const spec = loadSpec();
  const ops = listOperations(spec);
  const byId = new Map(ops.map((o) => [o.op.operationId as string, o]));

  it("has the 54 official operations with Kraken's path, method and operationId", () => {
    const missing = OFFICIAL_OPERATIONS.filter(
      ([id, method, path]) => spec.paths?.[path]?.[method]?.operationId !== id,
    ).map(([id, method, path]) => `${id} (${method.toUpperCase()} ${path})`);
    expect(missing, `${missing.length} missing official operation(s):\n  ${missing.join("\n  ")}`).toEqual(
      [],
    );
  });

  it("has the six newer operations (GroupedBook, PreTrade, PostTrade, Level3, GetApiKeyInfo, ListWalletAccounts)", () => {
    const missing = NEWER_OPERATIONS.filter(
      ([method, path]) => !spec.paths?.[path]?.[method]?.operationId,
    ).map(([method, path]) => `${method.toUpperCase()} ${path}`);
    expect(missing, `missing: ${missing.join(", ")}`).toEqual([]);
  });

  it("has exactly 60 operations with unique operationIds", () => {
    expect(ops.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toHaveLength(60);
    expect(byId.size).toBe(ops.length);
  });

  it("gives every operation complete, valid x-kraken-* extensions (the codegen reads them)", () => {
    expect(() => buildOperationTable(spec)).not.toThrow();
  });

  it("keeps the policy consistent with the path: public GETs are free and query-encoded, private are POSTs", () => {
    const problems: string[] = [];
    for (const row of buildOperationTable(spec)) {
      const isPublic = row.path.startsWith("/public/");
      if (row.auth !== (isPublic ? "public" : "private"))
        problems.push(`${row.operationId}: auth ${row.auth}`);
      if (
        isPublic &&
        (row.method !== "get" || row.encoding !== "query" || row.cost !== 0 || row.permission !== null)
      ) {
        problems.push(`${row.operationId}: public needs get/query/cost 0/permission null`);
      }
      if (!isPublic && (row.method !== "post" || row.encoding === "query" || row.permission === null)) {
        problems.push(`${row.operationId}: private needs post, a body encoding and a permission code`);
      }
      if (isPublic && row.retry !== "safe")
        problems.push(`${row.operationId}: public reads are safe to retry`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("marks trading-engine operations with cost 'engine' and never retries non-idempotent writes blindly", () => {
    const rows = new Map(buildOperationTable(spec).map((r) => [r.operationId, r]));
    const wrongCost = ENGINE_LIMITED.filter((id) => rows.has(id) && rows.get(id)?.cost !== "engine");
    const unsafe = NOT_IDEMPOTENT.filter((id) => rows.has(id) && rows.get(id)?.retry === "safe");
    expect({ wrongCost, unsafe }).toEqual({ wrongCost: [], unsafe: [] });
  });

  it("requires the API-Key/API-Sign security on every private operation", () => {
    const unsigned = ops
      .filter(({ op }) => op["x-kraken-auth"] === "private")
      .filter(({ op }) => {
        const security: Json[] = op.security ?? spec.security ?? [];
        return !security.some((req) => "API-Key" in req && "API-Sign" in req);
      })
      .map(({ op }) => op.operationId);
    expect(unsigned).toEqual([]);
  });

  it("puts nonce (required) and otp in the body schema of every private operation", async () => {
    const deref = await loadDereferencedSpec();
    const problems: string[] = [];
    for (const { op } of listOperations(deref)) {
      if (op["x-kraken-auth"] !== "private") continue;
      const { props, required } = objectShape(requestBodySchema(op));
      if (!props.nonce) problems.push(`${op.operationId}: no nonce`);
      else if (!required.has("nonce")) problems.push(`${op.operationId}: nonce not required`);
      if (!props.otp) problems.push(`${op.operationId}: no otp`);
    }
    expect(problems, `${problems.length} problem(s):\n${problems.join("\n")}`).toEqual([]);
  });
});

// openapi.futures.json on its own: a valid OpenAPI 3.1 document with clean JSON Schema, one server and
// full paths, the runtime policy Kraken documents (auth, costs and pools, retry classes, encodings),
// typed answers (no placeholders) and the money convention (every non-integer number is an ExactNumber).
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { futuresOperations } from "../../generated/futures/index.js";
import { loadDereferencedFuturesSpec, loadFuturesSpec, uncoveredNumbers } from "./futures-helpers.js";
import { createAjv, formatAjvErrors, type Json, listOperations } from "./spec-helpers.js";

const spec = loadFuturesSpec();
const ops = listOperations(spec);
const byId = new Map<string, { path: string; method: string; op: Json }>(
  ops.map((o) => [o.op.operationId as string, o]),
);
const policy = (id: string, key: string) => byId.get(id)?.op[`x-kraken-${key}`];

/** Resolves a local `#/components/...` reference. */
function resolve(schema: Json): Json {
  let s = schema;
  while (s?.$ref)
    s = s.$ref
      .slice(2)
      .split("/")
      .reduce((node: Json, k: string) => node?.[k], spec);
  return s;
}

/**
 * Every schema node reachable from `schema` (refs followed once), with a path for messages. `inRequest`
 * stops at nothing: callers pass answer schemas only.
 */
function walk(schema: Json, at: string, visit: (s: Json, at: string) => void, seen = new Set<Json>()): void {
  const s = resolve(schema);
  if (!s || typeof s !== "object" || seen.has(s)) return;
  seen.add(s);
  visit(s, at);
  for (const k of ["allOf", "anyOf", "oneOf", "prefixItems"])
    for (const [i, part] of (s[k] ?? []).entries()) walk(part, `${at}/${k}[${i}]`, visit, seen);
  for (const [name, p] of Object.entries<Json>(s.properties ?? {})) walk(p, `${at}.${name}`, visit, seen);
  if (s.items && typeof s.items === "object") walk(s.items, `${at}[]`, visit, seen);
  if (s.additionalProperties && typeof s.additionalProperties === "object")
    walk(s.additionalProperties, `${at}{}`, visit, seen);
}

describe("openapi.futures.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(spec);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)?.slice(0, 4000)).toEqual([]);
    expect(spec.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it("compiles every component schema under Ajv's strict mode (no typos, no 3.0 `nullable`)", () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false, strictTuples: false, strictRequired: false });
    for (const keyword of ["example", "discriminator", "x-kraken-exact"]) ajv.addKeyword({ keyword });
    for (const f of ["date-time", "uuid", "int64"]) ajv.addFormat(f, true);
    const prefix = "#/components/schemas/";
    const rebased = JSON.parse(JSON.stringify(spec.components.schemas), (key, value) =>
      key === "$ref" && typeof value === "string" && value.startsWith(prefix)
        ? `components#/$defs/${value.slice(prefix.length)}`
        : value,
    );
    ajv.addSchema({ $id: "components", $defs: rebased });
    expect(JSON.stringify(spec)).not.toContain('"nullable"');
    const problems: string[] = [];
    for (const name of Object.keys(rebased)) {
      try {
        ajv.compile({ $ref: `components#/$defs/${name}` });
      } catch (err) {
        problems.push(`${name}: ${(err as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has 64 operations on one server, each at its full request path", () => {
    expect(spec.servers).toEqual([expect.objectContaining({ url: "https://futures.kraken.com" })]);
    expect(ops).toHaveLength(64);
    const prefixes = [
      "/derivatives/api/v3/",
      "/api/history/v3/",
      "/api/charts/v1/",
      "/api/stats/v1/",
      "/api/auth/v1/",
    ];
    const counts = prefixes.map((p) => ops.filter((o) => o.path.startsWith(p)).length);
    expect(counts).toEqual([47, 9, 6, 1, 1]);
  });

  it("uses identifiers for operationIds that cannot clash with the client's own members", () => {
    for (const { op } of ops) {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(["request", "client", "constructor"]).not.toContain(op.operationId);
    }
  });

  it("signs exactly the private operations (APIKey + Authent), and public ones are free", () => {
    expect(Object.keys(spec.components.securitySchemes).sort()).toEqual(["APIKey", "Authent"]);
    for (const { op } of ops) {
      const id = op.operationId;
      if (op["x-kraken-auth"] === "private") {
        expect(op.security, id).toEqual([{ APIKey: [], Authent: [] }]);
        expect(op["x-kraken-permission"], id).toMatch(
          /^(general-read-only|general-full-access|withdrawal-full-access|any)$/,
        );
      } else {
        expect(op.security, id).toEqual([]);
        expect([op["x-kraken-permission"], op["x-kraken-cost"], op["x-kraken-pool"]], id).toEqual([
          null,
          0,
          "public",
        ]);
      }
    }
  });

  it("charges the costs of Kraken's Derivatives Rate Limits page to the right pools", () => {
    const documented: Record<string, number | string> = {
      sendOrder: 10,
      editOrderSpring: 10,
      cancelOrder: 10,
      sendBatchOrder: "batchorder",
      getAccounts: 2,
      getOpenPositions: 2,
      getFills: "fills",
      cancelAllOrders: 25,
      cancelAllOrdersAfter: 25,
      withdrawal: 100,
      getOpenOrders: 2,
      getOrderStatus: 1,
      getUnwindQueue: 200,
      getLeverageSetting: 2,
      setLeverageSetting: 10,
      getPnlCurrencyPreference: 2,
      setPnlCurrencyPreference: 10,
      transfer: 10,
      subAccountTransfer: 10,
      getSubaccountTradingCapability: 2,
      updateSubaccountTradingCapability: 2,
      getSelfTradeStrategy: 2,
      setSelfTradeStrategy: 2,
      getOrderEvents: 1,
      getTriggerEvents: 1,
      getExecutionEvents: 1,
      accountLogCsv: 6,
      accountLog: "accountlog",
    };
    for (const [id, cost] of Object.entries(documented)) {
      expect([policy(id, "cost"), policy(id, "cost-source")], id).toEqual([cost, "docs"]);
    }
    for (const { path, op } of ops) {
      if (op["x-kraken-auth"] !== "private") continue;
      const pool = path.startsWith("/derivatives/")
        ? "derivatives"
        : path.startsWith("/api/history/")
          ? "history"
          : "public";
      expect(op["x-kraken-pool"], op.operationId).toBe(pool);
      // a cost Kraken does not list is marked as ours
      if (!(op.operationId in documented)) expect(op["x-kraken-cost-source"], op.operationId).toBe("assumed");
    }
    expect(spec["x-kraken-pools"].derivatives).toMatchObject({
      capacity: 500,
      refill: 500,
      refillIntervalMs: 10_000,
    });
    expect(spec["x-kraken-pools"].history).toMatchObject({
      capacity: 100,
      refill: 100,
      refillIntervalMs: 600_000,
    });
    const rules = spec["x-kraken-cost-rules"];
    expect(rules.batchorder).toMatchObject({ base: 9, perItem: 1, items: "json.batchOrder" });
    expect(rules.fills).toMatchObject({ base: 2, whenPresent: { lastFillTime: 25 } });
    expect(rules.accountlog.default).toBe(500);
    expect(rules.accountlog.tiers.map((t: Json) => [t.upTo, t.cost])).toEqual([
      [25, 1],
      [50, 2],
      [1000, 3],
      [5000, 6],
      [100000, 10],
    ]);
  });

  it("never retries what creates or moves something; only reads are `safe`", () => {
    const never = [
      "sendOrder",
      "editOrderSpring",
      "sendBatchOrder",
      "transfer",
      "subAccountTransfer",
      "withdrawal",
      "addAssignmentProgram",
      "placeRfqOffer",
    ];
    const unsent = [
      "cancelOrder",
      "cancelAllOrders",
      "cancelAllOrdersAfter",
      "setPnlCurrencyPreference",
      "setLeverageSetting",
      "updateSubaccountTradingCapability",
      "setSelfTradeStrategy",
      "deleteAssignmentProgram",
      "replaceRfqOffer",
      "cancelRfqOffer",
    ];
    for (const { op, method } of ops) {
      const id = op.operationId;
      const expected = never.includes(id) ? "never" : unsent.includes(id) ? "unsent" : "safe";
      expect(op["x-kraken-retry"], id).toBe(expected);
      // reads are GETs, plus the two POSTs that only compute or look up
      if (expected === "safe" && method !== "get")
        expect(["getOrderStatus", "simulatePortfolio"], id).toContain(id);
    }
  });

  it("sends parameters in the query, except batchorder's form field and the RFQ offers' JSON bodies", () => {
    for (const { op } of ops) {
      const id = op.operationId;
      const encoding = op["x-kraken-encoding"];
      const media = Object.keys(op.requestBody?.content ?? {});
      if (id === "sendBatchOrder") {
        expect([encoding, media], id).toEqual(["form", ["application/x-www-form-urlencoded"]]);
        const form = op.requestBody.content["application/x-www-form-urlencoded"];
        expect(form.encoding.json.contentType).toBe("application/json");
      } else if (id === "placeRfqOffer" || id === "replaceRfqOffer") {
        expect([encoding, media], id).toEqual(["json", ["application/json"]]);
      } else {
        expect([encoding, media], id).toEqual(["query", []]);
      }
    }
    const simulate = byId.get("simulatePortfolio")?.op.parameters[0];
    expect(simulate).toMatchObject({ name: "json", in: "query", content: { "application/json": {} } });
  });

  it("types every answer: no operation answers with a bare object or an untyped value", () => {
    const loose: string[] = [];
    for (const { op } of ops) {
      for (const [type, media] of Object.entries<Json>(op.responses["200"].content)) {
        if (type !== "application/json") continue;
        walk(media.schema, op.operationId, (s, at) => {
          const isObject = [s.type].flat().includes("object");
          if (isObject && !s.properties && !s.additionalProperties && !s.allOf && !s.anyOf && !s.oneOf)
            loose.push(at);
          if (Object.keys(s).filter((k) => k !== "description").length === 0)
            loose.push(`${at} (empty schema)`);
        });
      }
    }
    expect(loose).toEqual([]);
  });

  it("marks every non-integer number of an answer as an ExactNumber (read exactly, typed as a string)", () => {
    const plain: string[] = [];
    for (const { op } of ops) {
      const media = op.responses["200"].content["application/json"];
      if (!media) continue;
      walk(media.schema, op.operationId, (s, at) => {
        if ([s.type].flat().includes("number") && s["x-kraken-exact"] !== true) plain.push(at);
      });
    }
    expect(plain).toEqual([]);
    expect(spec.components.schemas.ExactNumber).toMatchObject({ type: "number", "x-kraken-exact": true });
    expect(spec.info.description).toContain("ExactNumber");
  });

  it("takes money in requests as decimal text (DecimalInput), never as a float", () => {
    const floats: string[] = [];
    for (const { op } of ops) {
      for (const p of op.parameters ?? []) {
        walk(p.schema ?? p.content?.["application/json"]?.schema, `${op.operationId} ${p.name}`, (s, at) => {
          if ([s.type].flat().includes("number")) floats.push(at);
        });
      }
      for (const media of Object.values<Json>(op.requestBody?.content ?? {})) {
        walk(media.schema, `${op.operationId} body`, (s, at) => {
          if ([s.type].flat().includes("number")) floats.push(at);
        });
      }
    }
    expect(floats).toEqual([]);
    const size = byId.get("sendOrder")?.op.parameters.find((p: Json) => p.name === "size");
    expect(resolve(size.schema.allOf?.[0] ?? size.schema)).toMatchObject({
      type: "string",
      "x-kraken-exact": true,
    });
  });

  it("has example answers of its own that validate and whose money the table keeps exact", async () => {
    const deref = await loadDereferencedFuturesSpec();
    const ajv = createAjv();
    const problems: string[] = [];
    let checked = 0;
    for (const { op } of listOperations(deref)) {
      const media = op.responses["200"].content["application/json"];
      const row = futuresOperations[op.operationId as keyof typeof futuresOperations];
      for (const [name, example] of Object.entries<Json>(media?.examples ?? {})) {
        checked++;
        const validate = ajv.compile(media.schema);
        if (!validate(example.value))
          problems.push(`${op.operationId} ${name}:\n${formatAjvErrors(validate.errors)}`);
        for (const n of uncoveredNumbers(example.value, new Set(row.exact), new Set(row.exactDeep)))
          problems.push(`${op.operationId} ${name}: ${n} would be read as a float`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(35);
    expect(problems).toEqual([]);
  });
});

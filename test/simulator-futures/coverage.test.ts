// Every one of the 64 Derivatives operations is callable, and each answer validates against the 200
// schema of Kraken's official Futures spec (../shared/reference, or KRAKEN_REFERENCE_DIR).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import $RefParser from "@apidevtools/json-schema-ref-parser";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_FUTURES_KEY,
  FUTURES_ROUTES,
  type KrakenSimulator,
  startKrakenSimulator,
} from "../../src/testing/index.js";
import type { Answer } from "./helpers.js";
import { NOT_SIMULATED, run, STEPS } from "./operations.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const REFERENCE =
  process.env.KRAKEN_REFERENCE_DIR !== undefined
    ? path.join(process.env.KRAKEN_REFERENCE_DIR, "kraken-futures-rest-openapi")
    : path.resolve(ROOT, "../shared/reference/kraken-futures-rest-openapi");
const FILES = [
  "trading/public.yml",
  "history/api-public.yml",
  "charts/api-public.yml",
  "stats/public.yml",
  "auth/api-public.yml",
];

/**
 * Where Kraken's official spec contradicts what Kraken itself sends, the in-memory schema is corrected
 * (the reference files are never changed), each for a stated reason.
 */
// biome-ignore lint/suspicious/noExplicitAny: walking arbitrary schema documents
function correctKnownSpecErrors(node: any, seen = new Set<unknown>()): void {
  if (node === null || typeof node !== "object" || seen.has(node)) return;
  seen.add(node);
  // priceDislocationDirection is typed [string, null] but its enum omits null, the value of a calm market.
  if (Array.isArray(node.enum) && node.enum.includes("ABOVE_UPPER_BOUND") && !node.enum.includes(null))
    node.enum.push(null);
  // History triggers: a stop without trailing or offset options has none (null), though the spec requires objects.
  if (node.properties?.trailingStopOptions && node.properties?.limitPriceOffset) {
    node.properties.trailingStopOptions = { oneOf: [node.properties.trailingStopOptions, { type: "null" }] };
    node.properties.limitPriceOffset = { oneOf: [node.properties.limitPriceOffset, { type: "null" }] };
  }
  // Candle volume of multi-collateral contracts is fractional (0.25 XBT), not an int64.
  if (node.properties?.volume?.format === "int64" && node.properties?.open)
    delete node.properties.volume.format;
  for (const v of Object.values(node)) correctKnownSpecErrors(v, seen);
}

let sim: KrakenSimulator;
const answers: Array<{ operationId: string; answer: Answer }> = [];

beforeAll(async () => {
  sim = await startKrakenSimulator({
    market: false,
    futures: { keys: [{ ...DEMO_FUTURES_KEY, rateLimit: false }] },
  });
  const got: Record<string, string> = {};
  for (const step of STEPS) {
    const answer = await run(sim, step, got);
    step.save?.(answer, got);
    answers.push({ operationId: step.operationId, answer });
  }
});
afterAll(() => sim.close());

describe("every Derivatives operation", () => {
  it("the route table has Kraken's 64 operations and the script calls each of them", () => {
    expect(FUTURES_ROUTES).toHaveLength(64);
    expect(new Set(FUTURES_ROUTES.map((r) => r.operationId)).size).toBe(64);
    expect(new Set(STEPS.map((s) => s.operationId))).toEqual(
      new Set(FUTURES_ROUTES.map((r) => r.operationId)),
    );
  });

  it("answers successfully, except the demo-only operations, which say they are not simulated", () => {
    for (const { operationId, answer } of answers) {
      if (NOT_SIMULATED.has(operationId)) {
        expect(answer.body, operationId).toMatchObject({ result: "error", error: "Unavailable" });
        expect(answer.body.message, operationId).toContain("not simulated");
        continue;
      }
      expect(answer.status, `${operationId}: ${answer.text.slice(0, 300)}`).toBe(200);
      if (
        answer.body &&
        typeof answer.body === "object" &&
        "result" in answer.body &&
        typeof answer.body.result === "string"
      )
        expect(answer.body.result, `${operationId}: ${answer.text.slice(0, 300)}`).toBe("success");
    }
  });

  it("validates against the 200 schemas of our openapi.futures.json", async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const f of [
      "decimal",
      "big-decimal",
      "double",
      "uint32",
      "uint64",
      "int32",
      "int64",
      "u64",
      "usize",
      "timestamp-milliseconds",
      "base64",
      "hex",
      "number",
    ])
      ajv.addFormat(f, true);
    const doc = (await $RefParser.dereference(path.join(ROOT, "openapi.futures.json"))) as {
      paths: Record<
        string,
        Record<
          string,
          {
            operationId?: string;
            responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
          }
        >
      >;
    };
    const schemas = new Map<string, unknown>();
    for (const methods of Object.values(doc.paths))
      for (const op of Object.values(methods)) {
        const schema = op?.responses?.["200"]?.content?.["application/json"]?.schema;
        if (op?.operationId && schema) schemas.set(op.operationId, schema);
      }
    const failures: string[] = [];
    let checked = 0;
    for (const { operationId, answer } of answers) {
      const schema = schemas.get(operationId);
      if (!schema || NOT_SIMULATED.has(operationId) || answer.body === undefined) continue;
      checked += 1;
      const validate = ajv.compile(schema as object);
      if (!validate(answer.body))
        failures.push(
          `${operationId}: ${ajv.errorsText(validate.errors, { separator: "; " }).slice(0, 600)}\n  ${answer.text.slice(0, 400)}`,
        );
    }
    expect(checked).toBeGreaterThan(40);
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it.skipIf(!existsSync(REFERENCE))(
    "validates against the 200 schemas of Kraken's official spec",
    async () => {
      const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
      addFormats(ajv);
      const schemas = new Map<string, unknown>();
      for (const file of FILES) {
        const doc = (await $RefParser.dereference(path.join(REFERENCE, file))) as {
          paths: Record<
            string,
            Record<
              string,
              {
                operationId?: string;
                responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
              }
            >
          >;
        };
        correctKnownSpecErrors(doc);
        for (const methods of Object.values(doc.paths))
          for (const op of Object.values(methods)) {
            const schema = op?.responses?.["200"]?.content?.["application/json"]?.schema;
            if (op?.operationId && schema) schemas.set(op.operationId, schema);
          }
      }
      const failures: string[] = [];
      for (const { operationId, answer } of answers) {
        const schema = schemas.get(operationId);
        if (!schema || NOT_SIMULATED.has(operationId) || answer.body === undefined) continue;
        const validate = ajv.compile(schema as object);
        if (!validate(answer.body))
          failures.push(
            `${operationId}: ${ajv.errorsText(validate.errors, { separator: "; " }).slice(0, 600)}\n  ${answer.text.slice(0, 400)}`,
          );
      }
      expect(failures, failures.join("\n")).toEqual([]);
    },
  );
});

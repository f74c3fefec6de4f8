// openapi.json is a valid OpenAPI 3.1 document, and every schema in it is clean JSON Schema 2020-12.
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { type Json, listOperations, loadSpec } from "./spec-helpers.js";

/** Keywords OpenAPI 3.1 adds to JSON Schema; anything else unknown is a typo or a 3.0 leftover. */
const OPENAPI_KEYWORDS = ["example", "discriminator", "xml", "externalDocs"];

/** Every schema object reachable from components and operations, with a readable location. */
function collectSchemas(spec: Json): Array<[string, Json]> {
  const out: Array<[string, Json]> = [];
  for (const [name, schema] of Object.entries<Json>(spec.components?.schemas ?? {})) {
    out.push([`components.schemas.${name}`, schema]);
  }
  for (const { path, method, op } of listOperations(spec)) {
    const where = `${method.toUpperCase()} ${path}`;
    for (const p of op.parameters ?? []) if (p.schema) out.push([`${where} parameter ${p.name}`, p.schema]);
    for (const [type, media] of Object.entries<Json>(op.requestBody?.content ?? {})) {
      if (media.schema) out.push([`${where} requestBody ${type}`, media.schema]);
    }
    for (const [status, res] of Object.entries<Json>(op.responses ?? {})) {
      for (const [type, media] of Object.entries<Json>(res.content ?? {})) {
        if (media.schema) out.push([`${where} response ${status} ${type}`, media.schema]);
      }
    }
  }
  return out;
}

describe("openapi.json", () => {
  it("is a valid OpenAPI 3.1 document (@seriousme/openapi-schema-validator)", async () => {
    const validator = new Validator();
    const result = await validator.validate(loadSpec());
    expect(validator.version).toBe("3.1");
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)?.slice(0, 4000)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("declares openapi 3.1.x and the API-Key/API-Sign security schemes", () => {
    const spec = loadSpec();
    expect(spec.openapi).toMatch(/^3\.1\.\d+$/);
    expect(spec.components.securitySchemes["API-Key"]).toMatchObject({ type: "apiKey", in: "header" });
    expect(spec.components.securitySchemes["API-Sign"]).toMatchObject({ type: "apiKey", in: "header" });
  });

  it("uses only JSON Schema 2020-12 and OpenAPI keywords in its schemas (no typos, no 3.0 `nullable`)", () => {
    const spec = loadSpec();
    const ajv = new Ajv2020({ strict: true, strictTypes: false, strictTuples: false, strictRequired: false });
    for (const keyword of OPENAPI_KEYWORDS) ajv.addKeyword({ keyword });
    for (const f of [
      "int32",
      "int64",
      "float",
      "double",
      "decimal",
      "binary",
      "byte",
      "password",
      "date-time",
      "date",
      "uri",
      "uuid",
      "email",
    ]) {
      ajv.addFormat(f, true);
    }
    ajv.addSchema({ $id: "components", $defs: rebaseRefs(spec.components?.schemas ?? {}) });
    const problems: string[] = [];
    const schemas = collectSchemas(spec);
    for (const [where, schema] of schemas) {
      // Ajv accepts OpenAPI 3.0's `nullable` natively; 3.1 spells it `type: [..., "null"]`.
      if (JSON.stringify(schema).includes('"nullable":')) problems.push(`${where}: uses 3.0 "nullable"`);
    }
    // One compile covers every schema (each an anyOf branch); only on failure compile one by one to
    // name the culprits.
    const compile = (schema: Json): string | undefined => {
      try {
        ajv.compile(rebaseRefs(schema));
        return undefined;
      } catch (err) {
        return (err as Error).message;
      }
    };
    if (compile({ anyOf: schemas.map(([, schema]) => schema) }) !== undefined) {
      for (const [where, schema] of schemas) {
        const message = compile(schema);
        if (message !== undefined) problems.push(`${where}: ${message}`);
      }
    }
    expect(problems, `${problems.length} schema problem(s):\n${problems.join("\n")}`).toEqual([]);
  });
});

/** Rewrites local refs (#/components/schemas/X) to the $defs document registered with Ajv. */
function rebaseRefs(schema: Json): Json {
  const prefix = "#/components/schemas/";
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === "$ref" && typeof value === "string" && value.startsWith(prefix)
      ? `components#/$defs/${value.slice(prefix.length)}`
      : value,
  );
}

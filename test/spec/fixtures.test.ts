// Every example response in test/fixtures/responses validates against its operation's 200 schema, and
// every operation has one (retrieveExport is exempt while the fixtures README explains why: it is a zip).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createAjv,
  formatAjvErrors,
  type Json,
  listOperations,
  loadDereferencedSpec,
  ROOT,
  successSchema,
} from "./spec-helpers.js";

const FIXTURE_DIR = path.join(ROOT, "test/fixtures/responses");
const fixtureFiles = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

describe("example responses (test/fixtures/responses)", () => {
  let operations = new Map<string, Json>();

  beforeAll(async () => {
    operations = new Map(listOperations(await loadDereferencedSpec()).map(({ op }) => [op.operationId, op]));
  });

  it("has one fixture per operation; an exemption must be explained in the fixtures README", () => {
    const readme = readFileSync(path.join(FIXTURE_DIR, "README.md"), "utf8");
    const have = new Set(fixtureFiles.map((f) => f.replace(/\.json$/, "")));
    const missing = [...operations.keys()]
      .filter((id) => !have.has(id) && !readme.includes(`\`${id}\``))
      .sort();
    const orphans = [...have].filter((id) => !operations.has(id));
    expect({ missing, orphans }).toEqual({ missing: [], orphans: [] });
  });

  it("exempts only retrieveExport, whose success body is a zip archive rather than JSON", () => {
    const have = new Set(fixtureFiles.map((f) => f.replace(/\.json$/, "")));
    const exempt = [...operations.keys()].filter((id) => !have.has(id));
    expect(exempt.filter((id) => id !== "retrieveExport")).toEqual([]);
  });

  it.each(fixtureFiles)("%s is a success envelope valid against the operation's 200 schema", (file) => {
    const op = operations.get(file.replace(/\.json$/, ""));
    expect(op, `no operation for ${file}`).toBeDefined();
    const body = JSON.parse(readFileSync(path.join(FIXTURE_DIR, file), "utf8"));
    expect(body.error).toEqual([]);
    expect(body).toHaveProperty("result");
    const schema = successSchema(op);
    expect(schema, "operation has no application/json 200 schema").toBeDefined();
    const validate = createAjv().compile(schema);
    expect(validate(body), `${file} rejected:\n${formatAjvErrors(validate.errors)}`).toBe(true);
  });
});

// The generator: generated/ is not stale, output is deterministic, and a spec without policy fails loudly.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FUTURES_BANNER } from "../../codegen/futures-table.mjs";
import { generate, TARGETS } from "../../codegen/generate.mjs";
import { BANNER, buildOperationTable, renderOperationsModule } from "../../codegen/operation-table.mjs";
import { operations } from "../../generated/operations.js";
import { type Json, ROOT } from "./spec-helpers.js";

const GENERATED = path.join(ROOT, "generated");
const FILES = ["schema.d.ts", "operations.ts", "index.ts"];

function op(overrides: Record<string, unknown> = {}): Json {
  return {
    operationId: "getServerTime",
    summary: "Get server time",
    "x-kraken-auth": "public",
    "x-kraken-permission": null,
    "x-kraken-cost": 0,
    "x-kraken-retry": "safe",
    "x-kraken-encoding": "query",
    responses: {},
    ...overrides,
  };
}

describe("codegen", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "kraken-codegen-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("generated/ matches a fresh run byte for byte, for every spec (run `npm run codegen` and commit if this fails)", async () => {
    expect(TARGETS.map((t) => path.relative(ROOT, t.specFile))).toEqual([
      "openapi.json",
      "openapi.futures.json",
    ]);
    const stale: string[] = [];
    for (const [i, { specFile, outDir, docsFile }] of TARGETS.entries()) {
      const fresh = path.join(tmp, String(i));
      const freshDoc = docsFile ? path.join(tmp, `${i}.md`) : undefined;
      const { files } = await generate({ specFile, outDir: fresh, docsFile: freshDoc });
      expect(files).toEqual([...FILES, "methods.ts"]);
      for (const f of files) {
        if (readFileSync(path.join(fresh, f), "utf8") !== readFileSync(path.join(outDir, f), "utf8"))
          stale.push(path.relative(ROOT, path.join(outDir, f)));
      }
      if (docsFile && freshDoc && readFileSync(freshDoc, "utf8") !== readFileSync(docsFile, "utf8"))
        stale.push(path.relative(ROOT, docsFile));
    }
    expect(TARGETS[0]?.docsFile && path.relative(ROOT, TARGETS[0].docsFile)).toBe("docs/rest-methods.md");
    expect(stale, `stale generated files: ${stale.join(", ")}; run \`npm run codegen\``).toEqual([]);
  });

  // Determinism: the stale check above compares bytes written at another time with a fresh run.
  it("starts every file with the do-not-edit banner naming the command", () => {
    for (const f of FILES) {
      const text = readFileSync(path.join(GENERATED, f), "utf8");
      expect(text.startsWith(BANNER)).toBe(true);
    }
    for (const f of [...FILES, "methods.ts"]) {
      const futures = readFileSync(path.join(GENERATED, "futures", f), "utf8");
      expect(futures.startsWith(FUTURES_BANNER)).toBe(true);
    }
    expect(FUTURES_BANNER).toContain("openapi.futures.json");
    expect(BANNER).toContain("DO NOT EDIT");
    expect(BANNER).toContain("npm run codegen");
  });

  it("emits one row per operation, sorted by operationId, matching the table read from openapi.json", () => {
    const spec = JSON.parse(readFileSync(path.join(ROOT, "openapi.json"), "utf8"));
    const ids = Object.keys(operations);
    expect(ids).toEqual([...ids].sort());
    // The runtime rows carry the policy only; summaries live in the row types' TSDoc.
    const policy = buildOperationTable(spec).map(({ summary: _summary, ...row }) => row);
    expect(Object.values(operations)).toEqual(policy);
  });

  it("sorts rows by operationId regardless of path order", () => {
    const rows = buildOperationTable({
      paths: {
        "/public/Z": { get: op({ operationId: "zeta" }) },
        "/public/A": { get: op({ operationId: "alpha" }) },
      },
    });
    expect(rows.map((r) => r.operationId)).toEqual(["alpha", "zeta"]);
    expect(renderOperationsModule(rows).indexOf("alpha:")).toBeLessThan(
      renderOperationsModule(rows).indexOf("zeta:"),
    );
  });

  it.each([
    ["x-kraken-auth"],
    ["x-kraken-permission"],
    ["x-kraken-cost"],
    ["x-kraken-retry"],
    ["x-kraken-encoding"],
  ])("fails loudly, naming the operation, when %s is missing", (key) => {
    const bad = op();
    delete bad[key];
    expect(() => buildOperationTable({ paths: { "/public/Time": { get: bad } } })).toThrow(
      new RegExp(`GET /public/Time \\(getServerTime\\): missing ${key}`),
    );
  });

  it.each([
    [{ operationId: undefined }, /missing or invalid operationId/],
    [{ "x-kraken-auth": "secret" }, /x-kraken-auth must be one of/],
    [{ "x-kraken-retry": "sometimes" }, /x-kraken-retry must be one of/],
    [{ "x-kraken-encoding": "xml" }, /x-kraken-encoding must be one of/],
    [{ "x-kraken-cost": -1 }, /x-kraken-cost must be/],
    [{ "x-kraken-cost": "free" }, /x-kraken-cost must be/],
    [{ "x-kraken-permission": "Funds Query" }, /x-kraken-permission must be/],
  ])("rejects invalid policy %j", (overrides, message) => {
    expect(() => buildOperationTable({ paths: { "/public/Time": { get: op(overrides) } } })).toThrow(message);
  });

  it("packs the runtime rows compactly: no summaries in the emitted value, only in TSDoc", () => {
    const rows = buildOperationTable({ paths: { "/public/Time": { get: op({ summary: "Ends */ here" }) } } });
    const module = renderOperationsModule(rows);
    expect(module).toContain("/** Ends *\\/ here */");
    expect(module).toContain('unpack("getServerTime get Time public - 0 safe query")');
  });

  it("packs paths relative to /<auth>/, empty when the path is the capitalised operationId", () => {
    const rows = buildOperationTable({
      paths: {
        "/private/AddOrder": { post: op({ operationId: "addOrder", "x-kraken-auth": "private" }) },
        "/private/Earn/Allocate": { post: op({ operationId: "allocate", "x-kraken-auth": "private" }) },
        "/public/Time": { get: op({ operationId: "getServerTime" }) },
        "/other/Thing": { get: op({ operationId: "thing" }) },
      },
    });
    const module = renderOperationsModule(rows);
    expect(module).toContain(
      'unpack("addOrder post  private - 0 safe query,allocate post Earn/Allocate private - 0 safe query,' +
        'getServerTime get Time public - 0 safe query,thing get /other/Thing public - 0 safe query")',
    );
  });

  it("refuses to pack a field that contains the separators", () => {
    const rows = buildOperationTable({ paths: { "/public/A B": { get: op() } } });
    expect(() => renderOperationsModule(rows)).toThrow(/cannot pack/);
  });

  it("rejects a duplicate operationId", () => {
    const spec = { paths: { "/public/A": { get: op() }, "/public/B": { get: op() } } };
    expect(() => buildOperationTable(spec)).toThrow(/also used by/);
  });
});

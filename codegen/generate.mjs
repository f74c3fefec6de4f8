#!/usr/bin/env node
// `npm run codegen`: openapi.json -> generated/schema.d.ts (openapi-typescript), generated/operations.ts
// (the operation table) and generated/index.ts; openapi.futures.json -> the same three under
// generated/futures/, plus methods.ts there (the facade's method signatures, codegen/futures-methods.mjs).
// Deterministic: no timestamps, alphabetized types, rows sorted by operationId.
// Options: --spec <file> --out <dir> generate one spec only (a spec whose info has
// `x-kraken-api: derivatives` gets the futures table). The stale check in test/spec runs this into a
// temp dir and compares the bytes with generated/.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { renderFuturesMethodsModule } from "./futures-methods.mjs";
import {
  buildFuturesOperationTable,
  FUTURES_BANNER,
  renderFuturesIndexModule,
  renderFuturesOperationsModule,
} from "./futures-table.mjs";
import { renderMethodsDoc, renderMethodsModule } from "./methods-module.mjs";
import {
  BANNER,
  buildOperationTable,
  renderIndexModule,
  renderOperationsModule,
} from "./operation-table.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The specs `npm run codegen` regenerates, with their output folders. */
export const TARGETS = [
  {
    specFile: path.join(root, "openapi.json"),
    outDir: path.join(root, "generated"),
    docsFile: path.join(root, "docs", "rest-methods.md"),
  },
  { specFile: path.join(root, "openapi.futures.json"), outDir: path.join(root, "generated", "futures") },
];

/**
 * Money numbers of the Derivatives answers (`x-kraken-exact: true` on a number schema) are read by the
 * exact-JSON reader, so their TypeScript type is a decimal string.
 */
function exactAsString(schema) {
  if (schema && schema["x-kraken-exact"] === true && [schema.type].flat().includes("number")) {
    return ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
  }
  return undefined;
}

/**
 * Generates all files for `specFile` into `outDir` (and, for the Spot spec, the method list into
 * `docsFile` when given); returns the written file names.
 */
export async function generate({
  specFile = path.join(root, "openapi.json"),
  outDir = path.join(root, "generated"),
  docsFile = undefined,
} = {}) {
  const spec = JSON.parse(readFileSync(specFile, "utf8"));
  const futures = spec.info?.["x-kraken-api"] === "derivatives";
  // the table is built first: a broken table must not leave half an output
  const rows = futures ? buildFuturesOperationTable(spec) : buildOperationTable(spec);
  const ast = await openapiTS(spec, {
    alphabetize: true,
    silent: true,
    cwd: pathToFileURL(`${root}/`),
    ...(futures ? { transform: exactAsString } : {}),
  });
  const schema = `${futures ? FUTURES_BANNER : BANNER}\n\n${astToString(ast).trimEnd()}\n`;
  const files = {
    "schema.d.ts": schema,
    "operations.ts": futures ? renderFuturesOperationsModule(rows, spec) : renderOperationsModule(rows),
    "index.ts": futures ? renderFuturesIndexModule() : renderIndexModule(),
    "methods.ts": futures ? renderFuturesMethodsModule(rows) : renderMethodsModule(rows, spec),
  };
  const doc = futures ? undefined : renderMethodsDoc(rows, spec);
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(outDir, name), text);
  if (doc !== undefined && docsFile) writeFileSync(docsFile, doc);
  return { files: Object.keys(files), operations: rows.length };
}

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const spec = argValue("--spec");
  const out = argValue("--out");
  const targets =
    spec || out
      ? [
          {
            specFile: path.resolve(spec ?? path.join(root, "openapi.json")),
            outDir: path.resolve(out ?? path.join(root, "generated")),
          },
        ]
      : TARGETS;
  (async () => {
    for (const { specFile, outDir, docsFile } of targets) {
      const { files, operations } = await generate({ specFile, outDir, docsFile });
      console.log(
        `codegen: ${path.basename(specFile)}: ${operations} operations -> ${path.relative(process.cwd(), outDir) || "."}/{${files.join(",")}}`,
      );
    }
  })().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}

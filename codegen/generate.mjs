#!/usr/bin/env node
// `npm run codegen`: openapi.json -> generated/schema.d.ts (openapi-typescript), generated/operations.ts
// (the operation table) and generated/index.ts. Deterministic: no timestamps, alphabetized types, rows
// sorted by operationId. Options: --spec <file> (default openapi.json), --out <dir> (default generated).
// The stale check in test/spec runs this into a temp dir and compares the bytes with generated/.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import {
  BANNER,
  buildOperationTable,
  renderIndexModule,
  renderOperationsModule,
} from "./operation-table.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Generates all files for `specFile` into `outDir`; returns the written file names. */
export async function generate({
  specFile = path.join(root, "openapi.json"),
  outDir = path.join(root, "generated"),
} = {}) {
  const spec = JSON.parse(readFileSync(specFile, "utf8"));
  const rows = buildOperationTable(spec); // throws first: a broken table must not leave half an output
  const ast = await openapiTS(spec, { alphabetize: true, silent: true, cwd: pathToFileURL(`${root}/`) });
  const schema = `${BANNER}\n\n${astToString(ast).trimEnd()}\n`;
  const files = {
    "schema.d.ts": schema,
    "operations.ts": renderOperationsModule(rows),
    "index.ts": renderIndexModule(),
  };
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(outDir, name), text);
  return { files: Object.keys(files), operations: rows.length };
}

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const specFile = path.resolve(argValue("--spec") ?? path.join(root, "openapi.json"));
  const outDir = path.resolve(argValue("--out") ?? path.join(root, "generated"));
  generate({ specFile, outDir }).then(
    ({ files, operations }) => {
      console.log(
        `codegen: ${operations} operations -> ${path.relative(process.cwd(), outDir) || "."}/{${files.join(",")}}`,
      );
    },
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}

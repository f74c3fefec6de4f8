// Authoring aid: merges a part file ({ paths, components }) into openapi.json, refusing to overwrite
// existing keys unless --replace is given. Lets several authors add operations without clobbering.
import { readFileSync, writeFileSync } from "node:fs";

const [file, flag] = process.argv.slice(2);
if (!file) throw new Error("usage: node scripts/openapi-merge-part.mjs part.json [--replace]");
const replace = flag === "--replace";
const part = JSON.parse(readFileSync(file, "utf8"));
const spec = JSON.parse(readFileSync("openapi.json", "utf8"));

function mergeInto(target, source, where) {
  for (const [key, value] of Object.entries(source ?? {})) {
    if (key in target && !replace) throw new Error(`${where}.${key} already exists (use --replace)`);
    target[key] = value;
  }
}
mergeInto(spec.paths, part.paths, "paths");
for (const [section, entries] of Object.entries(part.components ?? {})) {
  spec.components[section] ??= {};
  mergeInto(spec.components[section], entries, `components.${section}`);
}
writeFileSync("openapi.json", `${JSON.stringify(spec, null, 2)}\n`);
console.log(`merged ${Object.keys(part.paths ?? {}).length} paths from ${file}`);

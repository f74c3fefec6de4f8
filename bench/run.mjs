// Runs every bench/*.bench.ts. Each file is bundled with esbuild (sources, not dist, so internals can
// be measured) and must export `run(): Promise<BenchResult[]>` where a result is
// { name, ratio, baseline, detail }: `ratio` is SDK cost / baseline cost measured in the same run.
import { readdirSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const only = process.argv[2];
const files = readdirSync(new URL(".", import.meta.url))
  .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
  .sort();
// Bundles live inside the repo (node_modules/.cache) so their bare imports (tinybench, openapi-fetch, ...)
// resolve from the project's node_modules.
const out = new URL("../node_modules/.cache/kc-bench/", import.meta.url).pathname;
await mkdir(out, { recursive: true });
const rows = [];
for (const file of files) {
  const outfile = join(out, file.replace(/\.ts$/, ".mjs"));
  await build({
    entryPoints: [new URL(file, import.meta.url).pathname],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  const mod = await import(pathToFileURL(outfile).href);
  for (const r of await mod.run()) rows.push({ file, ...r });
}
console.log(
  "\nbenchmark                                   ratio  (SDK cost / baseline cost, same run; lower is better)",
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(42)} ${r.ratio.toFixed(2).padStart(6)}x  vs ${r.baseline}${r.detail ? `  (${r.detail})` : ""}`,
  );
}

#!/usr/bin/env node
// Size report for the browser budget (issue 7): bundles `export { <names> } from "./src/index.ts"` the way
// the size test does (esbuild, minify, browser, ESM, gzip level 9) and lists, per source module, its
// minified bytes and its marginal gzip cost (how much smaller the gzip gets without that module's code).
// gzip already squeezes repetition, so the marginal column is the one to act on: shorten unique logic,
// not repeated keys. Code behind a dynamic import() (the book code that ws.book() loads on first use) is
// left out: this is the app's initial download, which is what the budget is about.
// Usage: node scripts/size-report.mjs [KrakenRest,KrakenWs] [top=30]
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const names = (process.argv[2] ?? "KrakenRest,KrakenWs").split(",");
const top = Number(process.argv[3] ?? 30);
const MARK = "/*! @@";

const result = await build({
  stdin: {
    contents: `export { ${names.join(", ")} } from "./src/index.ts";`,
    resolveDir: root,
    sourcefile: "app.ts",
    loader: "ts",
  },
  bundle: true,
  write: false,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  logLevel: "silent",
  legalComments: "inline",
  plugins: [
    {
      name: "lazy-chunks-apart",
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) =>
          args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
        );
      },
    },
    {
      // a legal comment at the top of every module survives minification and marks where its code starts
      name: "mark-modules",
      setup(b) {
        b.onLoad({ filter: /\.(ts|mjs|js)$/ }, (args) => ({
          contents: `${MARK}${path.relative(root, args.path)} */\n${readFileSync(args.path, "utf8").replaceAll("/*!", "/*")}`,
          loader: args.path.endsWith(".ts") ? "ts" : "js",
        }));
      },
    },
  ],
});
const text = result.outputFiles[0].text;
const gzip = (s) => gzipSync(s, { level: 9 }).byteLength;
const [head, ...parts] = text.split(MARK);
const pieces = parts.map((p) => {
  const end = p.indexOf(" */");
  return { name: p.slice(0, end), code: p.slice(end + 3).replace(/^\n/, "") };
});
const joined = (skip) =>
  head +
  pieces
    .filter((p) => p.name !== skip)
    .map((p) => p.code)
    .join("");
const total = gzip(joined(undefined));
const byModule = new Map();
for (const p of pieces) byModule.set(p.name, (byModule.get(p.name) ?? 0) + p.code.length);
const rows = [...byModule].map(([name, bytes]) => ({ name, bytes, gzip: total - gzip(joined(name)) }));
rows.sort((a, b) => b.gzip - a.gzip);
console.log("   min  gzip  module (marginal gzip: bytes saved if the module's code were gone)");
for (const r of rows.slice(0, top)) {
  console.log(`${String(r.bytes).padStart(6)} ${String(r.gzip).padStart(5)}  ${r.name}`);
}
console.log(
  `${names.join(" + ")}, initial download: ${joined(undefined).length} bytes min, ${total} bytes min+gzip`,
);

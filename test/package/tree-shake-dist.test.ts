// dist/browser/ is pre-bundled (an entry and a few chunks), so a user's bundler can only drop its unused parts statement by
// statement: a module-level constant built by a call (new Set(...), an IIFE) stays in every app unless it
// is marked /* @__PURE__ */. This compares a REST-only app bundled from dist with the same app bundled
// from src (where whole unused modules are dropped) and names any top-level declaration that leaked.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundleApp, ROOT } from "./package-helpers.js";

const APP = `import { KrakenRest } from "kraken-connector"; globalThis.sdk = KrakenRest;`;
// isomorphic-ws's browser entry picks the global WebSocket with top-level if statements (no module of ours).
const KNOWN = new Set(["ws"]);
// esbuild's lazy-init wrapper of a dist chunk that code behind `import()` shares (KrakenWs loads its book
// and trading code on first use): a few bytes of bundler plumbing per chunk, not a module constant.
const CHUNK_INIT = /^init_chunk_[A-Z0-9]+$/;

function topLevelNames(code: string): Set<string> {
  const names = code.matchAll(/^(?:var|let|const|function\*?|async function|class) ([A-Za-z_$][\w$]*)/gm);
  return new Set([...names].map((m) => m[1] as string));
}

describe("dist/browser/index.js tree-shakes like the sources", () => {
  it("a REST-only app from dist declares nothing that the same app from src leaves out", async () => {
    const fromDist = await bundleApp(APP, { minify: false });
    const fromSrc = await build({
      stdin: {
        contents: APP.replace('"kraken-connector"', '"./src/index.ts"'),
        resolveDir: ROOT,
        loader: "ts",
      },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
      logLevel: "silent",
    });
    const src = topLevelNames(fromSrc.outputFiles[0]?.text ?? "");
    const leaked = [...topLevelNames(fromDist.code)].filter(
      (n) => !src.has(n) && !KNOWN.has(n) && !CHUNK_INIT.test(n),
    );
    expect(leaked, `mark these module constants /* @__PURE__ */: ${leaked.join(", ")}`).toEqual([]);
  });
});

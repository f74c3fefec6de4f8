import { defineConfig, type Options } from "tsup";

// Three builds:
// - Node (ESM + CJS with types): `.`, `./books` and the Node-only `./testing` entry. Code splitting keeps
//   one copy of every module shared by the entries, so `instanceof` holds across them (a book made by
//   `ws.book()` is an `OrderBook` of `kraken-connector/books`, its errors are `KrakenError`s of `.`).
//   tsup's CJS splitting is marked experimental; the Node CJS leg of the runtime matrix exercises it.
// - Browsers and Deno: ESM in dist/browser/, self-contained (isomorphic-ws resolves to the native
//   WebSocket). The book and trading code that KrakenWs loads on first use become their own chunks,
//   which keeps an app's initial download small (issue 7's size budget).
// - The simulator CLI.
// openapi-fetch is inlined: its CJS default export breaks under esbuild's Node interop
// (see shared/toolchain.md, pitfall 1).
// `KC_BUILD=node` (npm run demo) builds only the first: the Node JavaScript the demo runs, no types.
const nodeOnly = process.env.KC_BUILD === "node";
export default defineConfig([
  {
    entry: { index: "src/index.ts", books: "src/books.ts", testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    platform: "node",
    target: "es2022",
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: true,
    noExternal: ["openapi-fetch"],
  },
  ...(nodeOnly ? [] : rest()),
]);

function rest(): Options[] {
  return [
    // Types: one self-contained .d.ts/.d.cts per entry. Built together they would share a declaration
    // chunk, imported as "./chunk.js", which Deno cannot follow from a local .d.ts.
    ...(["index", "books", "testing"] as const).map((name) => ({
      entry: { [name]: name === "testing" ? "src/testing/index.ts" : `src/${name}.ts` },
      format: ["esm", "cjs"] as ("esm" | "cjs")[],
      dts: { only: true },
      clean: false,
    })),
    {
      entry: { "simulator-cli": "src/testing/cli.ts" },
      format: ["esm"],
      platform: "node",
      target: "es2022",
      dts: false,
      sourcemap: false,
      clean: false,
      noExternal: ["openapi-fetch"],
      banner: { js: "#!/usr/bin/env node" },
      // The CLI runs the built `./testing` entry instead of carrying a second copy of the simulator
      // (it was the largest file of the package).
      esbuildPlugins: [
        {
          name: "cli-uses-testing-entry",
          setup(b) {
            b.onResolve({ filter: /^\.\/(simulator|rest\/keys)\.js$/ }, (args) =>
              args.importer.endsWith("cli.ts") ? { path: "./testing.js", external: true } : undefined,
            );
          },
        },
      ],
    },
    {
      entry: { index: "src/index.ts", books: "src/books.ts" },
      outDir: "dist/browser",
      format: ["esm"],
      platform: "browser",
      target: "es2022",
      dts: false,
      sourcemap: true,
      clean: false,
      splitting: true,
      noExternal: [/.*/],
    },
  ];
}

import { defineConfig } from "tsup";

// Two builds: the Node build (ESM + CJS with types, plus the Node-only testing entry) and one
// self-contained ESM file for browsers and Deno, where isomorphic-ws resolves to the native WebSocket.
// openapi-fetch is inlined: its CJS default export breaks under esbuild's Node interop
// (see shared/toolchain.md, pitfall 1).
export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    platform: "node",
    target: "es2022",
    dts: true,
    sourcemap: true,
    clean: false,
    splitting: false,
    noExternal: ["openapi-fetch"],
  },
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
  },
  {
    entry: { browser: "src/index.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    dts: false,
    sourcemap: true,
    clean: false,
    noExternal: [/.*/],
  },
]);

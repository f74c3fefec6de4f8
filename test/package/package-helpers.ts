// Shared helpers for the build/packaging checks, which run against the BUILT package (npm test builds
// first): bundling an app that imports the package by name, and measuring min+gzip sizes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BROWSER_BUNDLE = path.join(ROOT, "dist/browser/index.js");
export const BROWSER_DIR = path.join(ROOT, "dist/browser");

export interface BundleResult {
  readonly code: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly metafile: Metafile;
  /** Every bare or node: specifier the bundle asked for that esbuild did not resolve to a file. */
  readonly unresolved: string[];
}

/**
 * Bundles an app (source text) for the browser the way a user's bundler would: the package is imported
 * by name ("kraken-connector" resolves through our own exports map, `browser` condition), and any import
 * esbuild cannot find in the browser build (node:*, fs, ws, ...) is recorded instead of failing the build.
 */
export async function bundleApp(
  source: string,
  {
    minify = true,
    resolveDir = ROOT,
    lazyApart = false,
  }: {
    minify?: boolean;
    resolveDir?: string;
    /**
     * Leave code behind `import()` out (the chunks KrakenWs loads on first use), to measure the app's
     * initial download as a code-splitting bundler ships it. Default false: everything is inlined.
     */
    lazyApart?: boolean;
  } = {},
): Promise<BundleResult> {
  const unresolved: string[] = [];
  const result = await build({
    stdin: { contents: source, resolveDir, sourcefile: "app.js", loader: "js" },
    bundle: true,
    write: false,
    minify,
    format: "esm",
    platform: "browser",
    target: "es2022",
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "lazy-apart",
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) =>
            lazyApart && args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
          );
        },
      },
      {
        name: "record-node-builtins",
        setup(b) {
          b.onResolve({ filter: /^node:|^[a-z_][a-z0-9_]*$/ }, async (args) => {
            if (args.pluginData === "inner") return undefined;
            const r = await b.resolve(args.path, {
              kind: args.kind,
              resolveDir: args.resolveDir,
              pluginData: "inner",
            });
            if (r.errors.length > 0 || args.path.startsWith("node:")) {
              unresolved.push(args.path);
              return { path: args.path, external: true };
            }
            return r;
          });
        },
      },
    ],
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error("esbuild produced no output");
  return {
    code: out.text,
    bytes: out.contents.byteLength,
    gzipBytes: gzipSync(out.contents, { level: 9 }).byteLength,
    metafile: result.metafile,
    unresolved,
  };
}

/** Names exported by the built browser bundle (read from its final `export { ... }` statement). */
export function browserExports(): string[] {
  const text = readFileSync(BROWSER_BUNDLE, "utf8");
  // The last `export { ... };` of the file (a license comment and the source map line may follow it).
  const match = [...text.matchAll(/export\s*\{([^}]*)\}\s*;/g)].pop();
  if (!match?.[1]) return [];
  return match[1]
    .split(",")
    .map(
      (s) =>
        s
          .trim()
          .split(/\s+as\s+/)
          .pop()
          ?.trim() ?? "",
    )
    .filter(Boolean);
}

/** Size in kB (1 kB = 1000 bytes) with one decimal, for messages. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * Diagnostic for size failures: bundles the same imports from src/ (not dist) and lists the largest
 * source modules in the minified output, so a failing budget names what to trim.
 */
export async function largestModules(names: readonly string[], top = 8): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { ${names.join(", ")} } from "./src/index.js"; globalThis.sdk = [${names.join(", ")}];`,
      resolveDir: ROOT,
      sourcefile: "app.ts",
      loader: "ts",
    },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  return Object.entries(inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, top)
    .map(([file, v]) => `  ${kB(v.bytesInOutput)} min  ${file}`)
    .join("\n");
}

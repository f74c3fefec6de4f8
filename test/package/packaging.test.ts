// The package as npm would publish it: publint and attw clean, and the tarball holds the built entries.
// One `npm pack` feeds all three checks (attw --pack would pack again).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./package-helpers.js";

const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));

interface PackResult {
  filename: string;
  size: number;
  files: Array<{ path: string }>;
}

describe("published package", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kraken-pack-"));
  let tarball = "";
  let packed: PackResult;

  beforeAll(async () => {
    const { stdout } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], {
      cwd: ROOT,
    });
    packed = (JSON.parse(stdout) as PackResult[])[0] as PackResult;
    tarball = path.join(dir, packed.filename);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("ships the ESM, CJS, browser and type entries, and no sources or tests", () => {
    const files = packed.files.map((f) => f.path);
    for (const f of [
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/browser/index.js",
      "dist/testing.js",
      "dist/testing.cjs",
      "dist/testing.d.ts",
      "books/package.json",
      "testing/package.json",
      "LICENSE",
      "package.json",
    ]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|codegen|bench)\//.test(f))).toEqual([]);
  });

  it("stays lean: no source maps or specs, README and LICENSE included, under 900 kB packed (1.4 MB with source maps)", () => {
    const files = packed.files.map((f) => f.path);
    expect(files.filter((f) => f.endsWith(".map") || /^openapi/.test(f))).toEqual([]);
    expect(files).toContain("README.md");
    expect(packed.size).toBeLessThan(900_000);
  });

  it("has repository, homepage, bugs and keywords, and README links that work on the npm page", () => {
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/^https:\/\/.*\/issues$/);
    expect(pkg.keywords).toContain("kraken");
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const relative = [...readme.matchAll(/\]\(([^)]+)\)/g)]
      .map((m) => m[1])
      .filter((u) => !/^(https?:|#)/.test(u ?? ""));
    expect(relative).toEqual([]);
  });

  it("maps `.` and `./books` for node import/require, browser and deno (each with types), and `./testing` for Node only", () => {
    const files = new Set(packed.files.map((f) => f.path));
    for (const subpath of [".", "./books"]) {
      const root = pkg.exports[subpath];
      for (const condition of ["browser", "deno", "import", "require"]) {
        const entry = root[condition];
        expect(entry, `${subpath} ${condition}`).toBeDefined();
        expect(files.has(entry.types.replace(/^\.\//, "")), `${subpath} ${condition} types`).toBe(true);
        expect(files.has(entry.default.replace(/^\.\//, "")), `${subpath} ${condition} default`).toBe(true);
      }
      expect(root.browser.default).toBe(root.deno.default); // one self-contained build for both
    }
    // the browser build's chunks ship too: the entry imports them
    const browserEntry = readFileSync(path.join(ROOT, "dist/browser/index.js"), "utf8");
    for (const m of browserEntry.matchAll(/from "\.\/([\w-]+\.js)"|import\("\.\/([\w-]+\.js)"\)/g))
      expect(files.has(`dist/browser/${m[1] ?? m[2]}`), `dist/browser/${m[1] ?? m[2]}`).toBe(true);
    expect(Object.keys(pkg.exports["./testing"]).sort()).toEqual(["import", "require"]);
    expect(pkg.sideEffects).toBe(false);
  });

  it("passes publint with no errors, warnings or suggestions", async () => {
    const bytes = readFileSync(tarball);
    const { messages } = await publint({
      level: "suggestion",
      pack: {
        tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      },
    });
    const lines = messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
    expect(lines).toEqual([]);
  });

  it("passes attw (are-the-types-wrong) for every entry in every resolution mode, node10 included", async () => {
    // node10 resolution (TypeScript's `--module commonjs` default) ignores the exports map: "." resolves
    // through main/types, "./books" and "./testing" through their package.json stubs.
    const attw = path.join(ROOT, "node_modules/.bin/attw");
    let exitCode = 0;
    const { stdout } = await run(attw, [tarball, "--format", "json"], {
      cwd: ROOT,
    }).catch((err: { stdout: string; code: number }) => {
      exitCode = err.code;
      return { stdout: err.stdout };
    });
    const report = JSON.parse(stdout);
    const problems: Array<{ kind: string; entrypoint?: string; resolutionKind?: string }> =
      report.analysis?.problems ?? [];
    const label = (p: (typeof problems)[number]) =>
      `${p.kind} ${p.entrypoint ?? ""} ${p.resolutionKind ?? ""}`;
    expect(problems.map(label)).toEqual([]);
    expect(exitCode).toBe(0);
    expect(Object.keys(report.analysis?.entrypoints ?? {})).toEqual(
      expect.arrayContaining([".", "./books", "./testing"]),
    );
  }, 60_000);
});

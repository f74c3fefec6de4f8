// `npm run docs` (TypeDoc, configured by typedoc.jsonc) must stay warning-free: a warning means a public
// signature refers to a type the docs cannot show (often an internal member leaking into the API).
// `--emit none` runs conversion and validation without rendering HTML (13-22 s on a 2-core machine).
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "./package-helpers.js";

const run = promisify(execFile);

describe("API docs (TypeDoc)", () => {
  it("npm run docs uses typedoc.jsonc and nothing else", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.docs).toBe("typedoc");
  });

  it("typedoc validates with zero warnings (--treatWarningsAsErrors)", async () => {
    const bin = path.join(ROOT, "node_modules/typedoc/bin/typedoc");
    const result = await run(process.execPath, [bin, "--emit", "none", "--treatWarningsAsErrors"], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (e: { code?: number; stdout?: string; stderr?: string }) => ({
        code: e.code ?? 1,
        output: `${e.stdout ?? ""}${e.stderr ?? ""}`,
      }),
    );
    expect(result.output).not.toMatch(/\[(warning|error)\]/);
    expect(result.code).toBe(0);
  }, 90_000);
});

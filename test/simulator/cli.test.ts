import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

describe("simulator CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "sim-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the URLs and demo key, serves REST, and stops on SIGINT", async () => {
    const out = join(dir, "cli.mjs");
    // Bundle the CLI from source so the test does not depend on a fresh dist/.
    await build({
      entryPoints: ["src/testing/cli.ts"],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: out,
      logLevel: "silent",
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    const child = spawn(process.execPath, [out, "--no-market"], { stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (c: Buffer) => {
        text += c.toString();
        if (text.includes("API secret")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`exited early with ${code}`)));
    });
    const restUrl = /REST\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(text)?.[1];
    expect(restUrl).toBeDefined();
    expect(text).toMatch(/WS public\s+ws:\/\/127\.0\.0\.1:\d+/);
    expect(text).toMatch(/API key\s+\S+/);
    const time = (await (await fetch(`${restUrl}/0/public/Time`)).json()) as { error: string[] };
    expect(time.error).toEqual([]);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
  });
});

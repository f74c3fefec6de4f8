// Runtime matrix (issue 7): the BUILT package (npm test builds first) runs the same smoke scenario in
// Node ESM, Node CJS, Bun, Deno and headless Chromium: a public and a private REST call, a public
// Derivatives call (KrakenFutures), a WebSocket book with verified checksums, and a WebSocket order
// round trip, each against the simulator on 127.0.0.1.
// The Node and Bun legs start their own simulator from "kraken-connector/testing"; Deno and Chromium cannot run
// it, so this file starts one and passes the URLs (env for Deno, query string for Chromium).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CHROMIUM = "/usr/bin/chromium";
const STEPS = 6;
const run = promisify(execFile);

interface Sim {
  restUrl: string;
  wsUrl: string;
  wsAuthUrl: string;
  futuresWsUrl: string;
  close(): Promise<void>;
}
interface StepResult {
  name: string;
  ok: boolean;
  detail: string;
}

/** Runs a command; resolves with its output whatever the exit code (the assertions judge it). */
async function runLeg(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      timeout: 30_000,
    });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string; message: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ""}${e.stderr ?? ""}${e.message}` };
  }
}

/** A static file server for the Chromium page: only dist/ and test/runtime/ are served. */
function staticServer(): Promise<Server> {
  const types: Record<string, string> = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".html": "text/html; charset=utf-8",
    ".map": "application/json",
    ".css": "text/css",
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.join(ROOT, path.normalize(decodeURIComponent(url.pathname)));
    const allowed = ["dist", "test/runtime", "examples/browser"].map(
      (dir) => path.join(ROOT, dir) + path.sep,
    );
    if (!allowed.some((dir) => file.startsWith(dir)) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    res.end(await readFile(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("runtime matrix: the built package against the simulator", () => {
  let sim: Sim;
  let credentials: { apiKey: string; apiSecret: string };

  beforeAll(async () => {
    // The built Node-only testing entry (not the sources), like a user's test suite would load it.
    const testing = await import(pathToFileURL(path.join(ROOT, "dist/testing.js")).href);
    sim = await testing.startKrakenSimulator();
    credentials = { apiKey: testing.DEMO_API_KEY, apiSecret: testing.DEMO_API_SECRET };
  });
  afterAll(async () => {
    await sim?.close();
  });

  it.concurrent("Node ESM: import by name (exports map -> dist/index.js) runs the scenario", async () => {
    const { code, output } = await runLeg(process.execPath, ["test/runtime/smoke-esm.mjs"]);
    console.log(output.trim());
    expect(output, output).toContain(`node-esm: ${STEPS} passed, 0 failed`);
    expect(code, output).toBe(0);
  });

  it.concurrent("Node CJS: require by name (exports map -> dist/index.cjs) runs the scenario", async () => {
    const { code, output } = await runLeg(process.execPath, ["test/runtime/smoke-cjs.cjs"]);
    console.log(output.trim());
    expect(output, output).toContain(`node-cjs: ${STEPS} passed, 0 failed`);
    expect(code, output).toBe(0);
  });

  it.concurrent("Bun (from npm): import by name, the simulator in Bun too, runs the scenario", async () => {
    const bun = path.join(ROOT, "node_modules/.bin/bun");
    const version = await runLeg(bun, ["--version"]);
    expect(version.output.trim(), "Bun is the devDependency's version").toBe(
      JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")).devDependencies.bun,
    );
    const { code, output } = await runLeg(bun, ["test/runtime/smoke-bun.mjs"]);
    console.log(output.trim());
    expect(output, output).toContain(`bun ${version.output.trim()}: ${STEPS} passed, 0 failed`);
    expect(code, output).toBe(0);
  });

  it.concurrent("Deno: `deno test` over dist/browser/index.js (the package's deno condition) runs the scenario", async () => {
    const env = {
      SIM_REST_URL: sim.restUrl,
      SIM_WS_URL: sim.wsUrl,
      SIM_WS_AUTH_URL: sim.wsAuthUrl,
      SIM_FUTURES_WS_URL: sim.futuresWsUrl,
      SIM_API_KEY: credentials.apiKey,
      SIM_API_SECRET: credentials.apiSecret,
      NO_COLOR: "1",
    };
    const { code, output } = await runLeg(
      path.join(ROOT, "node_modules/.bin/deno"),
      [
        "test",
        "--no-check",
        "--allow-net=127.0.0.1",
        `--allow-env=${Object.keys(env).join(",")}`,
        "test/runtime/deno/",
      ],
      env,
    );
    console.log(
      output
        .trim()
        .split("\n")
        .filter((l) => /^(ok|FAIL)\s+deno|^deno:/.test(l))
        .join("\n"),
    );
    expect(output, output).toMatch(new RegExp(`ok \\| ${STEPS} passed \\| 0 failed`));
    expect(code, output).toBe(0);
  }, 40_000);

  it.concurrent("headless Chromium: the dashboard example page loads /dist/browser/index.js and runs the scenario", async () => {
    const server = await staticServer();
    const profile = await mkdtemp(path.join(tmpdir(), "chromium-profile-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on("pageerror", (e) => pageErrors.push(String(e)));
      const { port } = server.address() as AddressInfo;
      // The page is the browser dashboard example (issue 7): it loads /dist/browser/index.js, shows the
      // simulator's live book, and exposes the bundle it imported as window.__dashboard.sdk; the
      // scenario then runs in the same page through that very bundle.
      const q = new URLSearchParams({ rest: sim.restUrl, ws: sim.wsUrl });
      await page.goto(`http://127.0.0.1:${port}/examples/browser/index.html?${q}`);
      const ready = await page.waitForFunction(
        () => {
          const d = (window as unknown as { __dashboard?: { ready?: boolean; error?: string } }).__dashboard;
          return d?.error ?? d?.ready === true;
        },
        null,
        { timeout: 25_000, polling: 100 },
      );
      expect(await ready.jsonValue(), "the dashboard page reports ready, not an error").toBe(true);
      // A source string, not a function: Vitest would rewrite a dynamic import() inside a function.
      const urls = {
        restUrl: sim.restUrl,
        wsUrl: sim.wsUrl,
        wsAuthUrl: sim.wsAuthUrl,
        futuresWsUrl: sim.futuresWsUrl,
      };
      const handle = await page.evaluateHandle(`(async () => {
        const { runScenario } = await import("/test/runtime/scenario.mjs");
        const books = await import("/dist/browser/books.js");
        return runScenario(window.__dashboard.sdk, books, ${JSON.stringify(urls)}, ${JSON.stringify(credentials)});
      })()`);
      const results = (await handle.jsonValue()) as StepResult[];
      const report = results
        .map((r) => `${r.ok ? "ok  " : "FAIL"} chromium | ${r.name} | ${r.detail}`)
        .join("\n");
      console.log(report);
      expect(pageErrors).toEqual([]);
      expect(
        results.filter((r) => !r.ok),
        report,
      ).toEqual([]);
      expect(results).toHaveLength(STEPS);
    } finally {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      await rm(profile, { recursive: true, force: true });
    }
  }, 40_000);
});

// Redirects in Deno and headless Chromium (the Node leg is test/rest/hostile-server.test.ts and
// test/futures/hostile-server.test.ts): the BUILT browser/Deno bundle calls a loopback server that
// answers 301/302/303/307/308 to another loopback origin. Every Spot and Derivatives call, public and
// private, rejects with a typed error naming the status and the target origin only (Chromium hides
// both behind an opaque redirect: status 0), orders reject as ambiguous carrying their client id, and
// the other origin receives nothing, not even a CORS preflight.
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_FUTURES_API_SECRET } from "../../src/testing/index.js";
import { launchChromium, serveRepoRoot } from "../examples/helpers.js";
import { type HostileServer, startHostileServer } from "../rest/helpers/hostile-server.js";
import { TEST_SECRET } from "../rest/helpers/kraken-test-server.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const STATUSES = [301, 302, 303, 307, 308];
const CALLS = [
  "spot public",
  "spot private",
  "spot addOrder",
  "futures public",
  "futures private",
  "futures sendOrder",
];
const KEYS = {
  spot: { apiKey: "REDIRECT-SPOT-KEY", apiSecret: TEST_SECRET },
  futures: { apiKey: "REDIRECT-FUTURES-KEY", apiSecret: DEMO_FUTURES_API_SECRET },
};
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, API-Key, API-Sign, APIKey, Authent, Nonce",
  "Access-Control-Expose-Headers": "Location",
};

interface Outcome {
  status: number;
  call: string;
  resolved?: string;
  error?: {
    http: boolean;
    ambiguous: boolean;
    category: string;
    message: string;
    status?: number;
    reachedKraken: string;
    retryable: boolean;
    clOrdId?: string;
    cause?: { http: boolean; status: number };
  };
}

let elsewhere: HostileServer;
let kraken: HostileServer;
beforeAll(async () => {
  elsewhere = await startHostileServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json", ...CORS });
    res.end(JSON.stringify({ error: [], result: "stolen", sendStatus: { status: "placed" } }));
  });
  kraken = await startHostileServer((req, res) => {
    if (req.method === "OPTIONS") {
      res.writeHead(204, CORS).end();
      return;
    }
    // /s<status>/<Kraken path>: answer with that redirect to the same path on the other origin.
    const [, code, rest] = /^\/s(\d{3})(\/.*)$/.exec(req.url) ?? [];
    res.writeHead(Number(code ?? 500), { Location: `${elsewhere.origin}${rest}&steal=1`, ...CORS });
    res.end();
  });
});
afterAll(async () => {
  await elsewhere?.close();
  await kraken?.close();
});
beforeEach(() => {
  kraken.received.length = 0;
  elsewhere.received.length = 0;
});

/** What must hold of every call; `opaque`: the runtime hides the status and Location (a browser). */
function expectRefused(results: Outcome[], opaque: boolean): void {
  expect(results.map((r) => `${r.status} ${r.call}`)).toEqual(
    STATUSES.flatMap((s) => CALLS.map((c) => `${s} ${c}`)),
  );
  for (const { status, call, resolved, error } of results) {
    const label = `${status} ${call}`;
    expect(resolved, label).toBeUndefined();
    const seen = opaque ? 0 : status;
    const detail = opaque
      ? "HTTP 0 redirect to another address not followed"
      : `HTTP ${status} redirect to ${elsewhere.origin} not followed`;
    if (call.endsWith("Order")) {
      // A signed order went somewhere it may have taken effect: ambiguous, never resent.
      const id = call.startsWith("spot") ? `spot-${status}` : `futures-${status}`;
      expect(error, label).toMatchObject({ ambiguous: true, clOrdId: id, reachedKraken: "unknown" });
      expect(error?.cause, label).toEqual({ http: true, status: seen });
    } else {
      expect(error, label).toMatchObject({
        http: true,
        category: "http",
        status: seen,
        reachedKraken: "unknown",
        retryable: false,
      });
      expect(error?.message, label).toContain(detail);
      expect(error?.message, label).toContain(`${kraken.origin}/s${status}/`);
    }
    // The target's origin only: never its path or query.
    expect(error?.message, label).not.toContain(`${elsewhere.origin}/`);
    expect(error?.message, label).not.toContain("steal");
  }
  const sent = kraken.received.filter((r) => r.method !== "OPTIONS");
  expect(sent).toHaveLength(STATUSES.length * CALLS.length);
  // The private calls really were signed and sent: only the redirect stopped them.
  expect(sent.filter((r) => r.headers["api-sign"] || r.headers.authent)).toHaveLength(STATUSES.length * 4);
  expect(elsewhere.received).toEqual([]);
}

describe("redirects are never followed in Deno and Chromium (built bundle)", () => {
  it("Deno: every status, Spot and Derivatives, public, private and orders", async () => {
    const env = {
      REDIRECT_KRAKEN_URL: kraken.origin,
      REDIRECT_SPOT_KEY: KEYS.spot.apiKey,
      REDIRECT_SPOT_SECRET: KEYS.spot.apiSecret,
      REDIRECT_FUTURES_KEY: KEYS.futures.apiKey,
      REDIRECT_FUTURES_SECRET: KEYS.futures.apiSecret,
      NO_COLOR: "1",
    };
    const { stdout } = await promisify(execFile)(
      path.join(ROOT, "node_modules/.bin/deno"),
      [
        "run",
        "--no-check",
        "--allow-net=127.0.0.1",
        `--allow-env=${Object.keys(env).join(",")}`,
        "test/runtime/deno-redirects/redirects.mjs",
      ],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 30_000 },
    );
    const line = stdout.split("\n").find((l) => l.startsWith("REDIRECT_RESULTS "));
    expect(line, stdout).toBeDefined();
    expectRefused(JSON.parse((line as string).slice("REDIRECT_RESULTS ".length)), false);
  }, 40_000);

  it("Chromium: the opaque redirect of redirect: manual is a typed error too", async () => {
    const [files, browser] = await Promise.all([serveRepoRoot(), launchChromium()]);
    try {
      const page = await browser.context.newPage();
      await page.goto(`${files.origin}/test/runtime/redirect-calls.mjs`);
      const args = JSON.stringify({ krakenUrl: kraken.origin, ...KEYS });
      // A source string, not a function: Vitest would rewrite a dynamic import() inside a function.
      const results = (await page.evaluate(`(async () => {
        const sdk = await import("/dist/browser/index.js");
        const { runRedirectCalls } = await import("/test/runtime/redirect-calls.mjs");
        return runRedirectCalls(sdk, ${args});
      })()`)) as Outcome[];
      expectRefused(results, true);
      // Private calls were preflighted (custom headers); the preflights went to Kraken's origin only.
      expect(kraken.received.some((r) => r.method === "OPTIONS")).toBe(true);
    } finally {
      await browser.close();
      await files.close();
    }
  }, 40_000);
});

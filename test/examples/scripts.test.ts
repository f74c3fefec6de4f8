/**
 * The Node and Deno examples, run as their users would run them, pointed at the simulator through
 * their documented env vars: REST (public + private), a verified book and a placed/cancelled order.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_API_KEY,
  DEMO_API_SECRET,
  type KrakenSimulator,
  startKrakenSimulator,
} from "../../src/testing/index.js";
import { run } from "./helpers.js";

let sim: KrakenSimulator;
let env: Record<string, string>;
beforeAll(async () => {
  sim = await startKrakenSimulator();
  env = {
    KRAKEN_REST_URL: sim.restUrl,
    KRAKEN_WS_URL: sim.wsUrl,
    KRAKEN_WS_AUTH_URL: sim.wsAuthUrl,
    KRAKEN_API_KEY: DEMO_API_KEY,
    KRAKEN_API_SECRET: DEMO_API_SECRET,
  };
});
afterAll(() => sim?.close());

/** What both scripts print, checked against the simulator's own state. */
function expectScriptOutput(stdout: string, placed: boolean): void {
  expect(stdout).toMatch(/^server time: .+ \+0000$/m);
  expect(stdout).toMatch(/^balances: .*ZUSD=\d+\.\d{4}/m);
  const book = stdout.match(/^book BTC\/USD: best bid (\S+) x (\S+), best ask (\S+) x (\S+), spread (\S+)$/m);
  expect(book, stdout).not.toBeNull();
  expect(Number(book?.[1])).toBeLessThan(Number(book?.[3]));
  const checks = stdout.match(/^book checksums verified: (\d+), mismatches: (\d+)$/m);
  expect(Number(checks?.[1])).toBeGreaterThan(0);
  expect(checks?.[2]).toBe("0");
  if (!placed) {
    expect(stdout).toContain("order validated (not placed");
    return;
  }
  const id = stdout.match(/^order placed: (\S+) \(buy 0\.0001 BTC\/USD @ \d+\)$/m)?.[1];
  expect(id, stdout).toBeDefined();
  expect(stdout).toContain(`order cancelled: ${id}`);
  // The simulator really saw the order and its cancellation.
  const order = sim.exchange.order(id as string);
  expect(order?.status).toBe("canceled");
}

describe("examples/node", () => {
  it("places and cancels an order with PLACE_ORDER=1", async () => {
    const r = await run("node", ["examples/node/index.mjs"], { env: { ...env, PLACE_ORDER: "1" } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectScriptOutput(r.stdout, true);
  });

  it("only validates the order by default", async () => {
    const r = await run("node", ["examples/node/index.mjs"], { env });
    expect(r.code, r.stderr).toBe(0);
    expectScriptOutput(r.stdout, false);
  });
});

describe("examples/deno", () => {
  it("type-checks against dist/index.d.ts and runs the bundle under Deno with net limited to 127.0.0.1", async () => {
    const names = [...Object.keys(env), "PLACE_ORDER"].join(",");
    const r = await run(
      "node_modules/.bin/deno",
      [
        "run",
        "--check",
        "--no-prompt",
        "--allow-net=127.0.0.1",
        `--allow-env=${names}`,
        "examples/deno/main.ts",
      ],
      { env: { ...env, PLACE_ORDER: "1", DENO_NO_UPDATE_CHECK: "1" }, timeoutMs: 45_000 },
    );
    expect(r.code, r.stderr).toBe(0);
    expectScriptOutput(r.stdout, true);
  }, 50_000); // a cold Deno cache type-checks dist/index.d.ts in ~20 s
});

/**
 * `npm run demo` (examples/demo.mjs on the built package): a short simulated run must show every step
 * and exit 0; the live mode must fail politely when Kraken is unreachable.
 */
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { startKrakenSimulator } from "../../src/testing/index.js";
import { run } from "./helpers.js";

/** A loopback port nobody listens on (bound, then released). */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("examples/demo.mjs", () => {
  it("runs the simulated demo: REST, derivatives, verified book, WS order round trip, forced disconnect and recovery", async () => {
    const { code, stdout, stderr } = await run("node", ["examples/demo.mjs", "--duration", "4"], {
      timeoutMs: 40_000,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Server time: .+ \(unixtime \d+\)/);
    expect(stdout).toMatch(/Balances: .*ZUSD \d+\.\d+/);
    expect(stdout).toMatch(/Ticker XXBTZUSD: last \d+\.\d+, bid \d+\.\d+, ask \d+\.\d+/);
    // the derivatives step: a perpetual's ticker, a filled order, the position and the margin
    expect(stdout).toMatch(/Ticker PF_XBTUSD: mark \d+(\.\d+)?, index \d+(\.\d+)?, funding rate -?\d/);
    const filled = stdout.match(
      /Order filled: buy 0\.01 PF_XBTUSD \(mkt\) -> order_id (\S+), [1-9]\d* fill\(s\) @ \d/,
    );
    expect(filled, stdout).not.toBeNull();
    expect(stdout).toMatch(/Position: long 0\.01 PF_XBTUSD @ \d/);
    expect(stdout).toMatch(
      /Margin \(flex\): initial \d+(\.\d+)?, maintenance \d+(\.\d+)?, available \d+(\.\d+)?, unrealised PnL -?\d/,
    );
    // Not a TTY: compact book snapshots instead of redrawing in place, without ANSI escapes.
    expect(stdout).not.toContain("\x1b[");
    expect(stdout).toMatch(/\[book BTC\/USD\] bid \d+\.?\d* x [\d.]+ \| ask \d+\.?\d* x [\d.]+ \| spread/);
    const final = stdout.match(/Book BTC\/USD final: checksums verified (\d+), mismatches (\d+)/);
    expect(final, stdout).not.toBeNull();
    expect(Number(final?.[1])).toBeGreaterThan(0);
    expect(final?.[2]).toBe("0");
    const placed = stdout.match(/Order placed: buy 0\.01 BTC\/USD @ \d+ -> order_id (\S+)/);
    expect(placed, stdout).not.toBeNull();
    expect(stdout).toContain(`execution: new order ${placed?.[1]}`);
    expect(stdout).toContain(`execution: canceled order ${placed?.[1]}`);
    expect(stdout).toContain(`Order cancelled: ${placed?.[1]}`);
    expect(stdout).toMatch(/dropped [1-9]\d* WebSocket connections/);
    expect(stdout).toMatch(/public connection reconnected after \d+ ms/);
    expect(stdout).toMatch(/auth connection reconnected after \d+ ms/);
    expect(stdout).toMatch(/resubscribed book BTC\/USD/);
    expect(stdout).toMatch(/Recovered: book rebuilt from a fresh snapshot \([1-9]\d* bids, [1-9]\d* asks\)/);
    expect(stdout).toContain("Demo complete.");
    // The order of the story: REST first, then the order, then the fault, then the recovery.
    const order = [
      "Server time:",
      "Ticker PF_XBTUSD",
      "Margin (flex)",
      "Order placed",
      "Order cancelled",
      "dropped",
      "Recovered",
      "Demo complete",
    ];
    const positions = order.map((s) => stdout.indexOf(s));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  }, 45_000);

  it("--live says clearly that Kraken is unreachable and exits 1 without a stack trace", async () => {
    const port = await deadPort();
    const { code, stdout, stderr } = await run("node", ["examples/demo.mjs", "--live", "--duration", "2"], {
      env: { KRAKEN_REST_URL: `http://127.0.0.1:${port}`, KRAKEN_WS_URL: `ws://127.0.0.1:${port}/v2` },
      timeoutMs: 30_000,
    });
    expect(code).toBe(1);
    expect(stdout).toContain("Live");
    expect(stderr).toContain(`Kraken is unreachable at http://127.0.0.1:${port}`);
    expect(stderr).toContain("without --live");
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 35_000);

  it("--live (endpoints pointed at a stand-in) shows time, ticker and a verified public book, exits 0", async () => {
    const sim = await startKrakenSimulator();
    try {
      const { code, stdout, stderr } = await run("node", ["examples/demo.mjs", "--live", "--duration", "2"], {
        env: { KRAKEN_REST_URL: sim.restUrl, KRAKEN_WS_URL: sim.wsUrl },
        timeoutMs: 30_000,
      });
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toMatch(/Server time: .+ \(unixtime \d+\)/);
      expect(stdout).toMatch(/Ticker XXBTZUSD: last \d+\.\d+, bid \d+\.\d+, ask \d+\.\d+/);
      expect(stdout).toMatch(/Book BTC\/USD final: checksums verified [1-9]\d*, mismatches 0/);
      expect(stdout).not.toContain("Order"); // public data only: nothing is traded
      expect(stdout).toContain("Live demo complete.");
    } finally {
      await sim.close();
    }
  }, 35_000);

  it("--live names the WebSocket endpoint when only the WebSocket is unreachable", async () => {
    const [sim, port] = await Promise.all([startKrakenSimulator(), deadPort()]);
    try {
      const { code, stderr } = await run("node", ["examples/demo.mjs", "--live", "--duration", "2"], {
        env: { KRAKEN_REST_URL: sim.restUrl, KRAKEN_WS_URL: `ws://127.0.0.1:${port}/v2` },
        timeoutMs: 30_000,
      });
      expect(code).toBe(1);
      expect(stderr).toContain(`Kraken is unreachable at ws://127.0.0.1:${port}/v2`);
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      await sim.close();
    }
  }, 35_000);

  it("rejects a bad --duration with the usage line", async () => {
    const { code, stderr } = await run("node", ["examples/demo.mjs", "--duration", "soon"]);
    expect(code).toBe(1);
    expect(stderr).toContain("--duration must be a positive number");
    expect(stderr).toContain("usage:");
  });
});

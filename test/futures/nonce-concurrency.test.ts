// 200 concurrent Derivatives orders from two clients of one key: every one accepted by a venue with no
// nonce window, nonces strictly increasing in arrival order.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { KrakenSimulator } from "../../src/testing/index.js";
import { futuresClient, startFuturesSim } from "./helpers.js";

let sim: KrakenSimulator;
beforeAll(async () => {
  sim = await startFuturesSim({ futures: { accounts: { demo: { flex: { USD: "10000000" } } } } });
});
afterAll(() => sim.close());

it("200 concurrent orders: all placed, nonces strictly increasing as received", async () => {
  const a = futuresClient(sim);
  const b = futuresClient(sim);
  const before = sim.recorder.requests.length;
  const results = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      (i % 2 ? a : b).sendOrder({
        orderType: "mkt",
        symbol: "PF_XBTUSD",
        side: i % 4 < 2 ? "buy" : "sell",
        size: "0.001",
      }),
    ),
  );
  for (const r of results) expect(["placed", "filled", "partiallyFilled"]).toContain(r.sendStatus.status);
  const nonces = sim.recorder.requests
    .slice(before)
    .filter((r) => r.operationId === "sendOrder")
    .map((r) => BigInt(r.headers.nonce as string));
  expect(nonces).toHaveLength(200);
  for (let i = 1; i < nonces.length; i++) expect(nonces[i]! > nonces[i - 1]!).toBe(true);
});

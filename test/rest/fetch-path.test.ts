// The Spot and Derivatives hostile-server suites and the cancellation suite again, on the fetch path
// (what browsers, Deno and Bun use, and Node with a `fetch` option): Node's default is node:http.
import { expect, it, vi } from "vitest";
import { KrakenRest } from "../../src/index.js";
import { startHostileServer } from "./helpers/hostile-server.js";

vi.mock("#runtime/http", () => import("../../src/runtime/http.js"));

await import("./hostile-server.test.js");
await import("./abort.test.js");
await import("../futures/hostile-server.test.js");

it("these suites ran on fetch: a default client calls the global fetch here", async () => {
  const server = await startHostileServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ error: [], result: { unixtime: 1 } }));
  });
  const spy = vi.spyOn(globalThis, "fetch");
  try {
    await expect(new KrakenRest({ baseUrl: server.url }).getServerTime()).resolves.toEqual({ unixtime: 1 });
    expect(spy).toHaveBeenCalledTimes(1);
  } finally {
    spy.mockRestore();
    await server.close();
  }
});

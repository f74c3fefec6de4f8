import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isChannel, isMethod, type Sim, startSim } from "./helpers.js";

let sim: Sim;
beforeEach(async () => {
  sim = await startSim();
});
afterEach(async () => {
  await sim.close();
});

describe("WS simulator basics", () => {
  it("pushes status on connect on every endpoint", async () => {
    for (const which of ["public", "auth", "level3"] as const) {
      const c = await sim.connect(which);
      const m = await c.waitFor(isChannel("status"));
      expect(m.type).toBe("update");
      const d = (m.data as Array<Record<string, unknown>>)[0]!;
      expect(d.system).toBe("online");
      expect(d.api_version).toBe("v2");
      expect(typeof d.connection_id).toBe("number");
      expect(c.frames[0]).toMatch(/"connection_id":\d{17,}/);
    }
  });

  it("answers ping with pong echoing req_id", async () => {
    const c = await sim.connect();
    c.send({ method: "ping", req_id: 101 });
    const m = await c.waitFor(isMethod("pong"));
    expect(m.req_id).toBe(101);
    expect(m.time_in).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(m.time_out).toMatch(/Z$/);
  });
});

describe("idle timeout", () => {
  it("closes a socket whose client stays silent, keeps one that pings", async () => {
    const s = await startSim({ ws: { heartbeatIntervalMs: 50, idleTimeoutMs: 300 } });
    try {
      const quiet = await s.connect();
      const chatty = await s.connect();
      const timer = setInterval(() => chatty.send({ method: "ping" }), 100);
      expect(await quiet.closed(2000)).toBe(1000);
      clearInterval(timer);
      expect(chatty.closeCode).toBeUndefined();
    } finally {
      await s.close();
    }
  });
});

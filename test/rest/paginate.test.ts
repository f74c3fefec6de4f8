// paginate(): walks ofs-paged (Ledgers) and cursor-paged (DepositStatus) history against the simulator
// over loopback, with entries arriving mid-walk, and stops on abort.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KrakenRest, paginate } from "../../src/index.js";
import { DEMO_API_SECRET, type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";

describe("paginate against the simulator", () => {
  let sim: KrakenSimulator;
  let rest: KrakenRest;
  let calls: Array<Record<string, string>>;
  const ACCOUNT = "pager";
  beforeAll(async () => {
    sim = await startKrakenSimulator({
      market: false,
      keys: [{ key: "pager-key", secret: DEMO_API_SECRET, accountId: ACCOUNT, rateLimit: false }],
    });
    sim.accounts.create(ACCOUNT, { ZUSD: "0" });
    for (let i = 1; i <= 130; i++) sim.accounts.deposit(ACCOUNT, "ZUSD", `${i}.0000`);
    calls = [];
    rest = new KrakenRest({
      baseUrl: sim.restUrl,
      apiKey: "pager-key",
      apiSecret: DEMO_API_SECRET,
      rateLimit: false,
      fetch: async (input, init) => {
        calls.push(Object.fromEntries(new URLSearchParams(String(init?.body ?? ""))));
        return fetch(input, init);
      },
    });
  });
  afterAll(() => sim?.close());

  const ledgerIds = () =>
    sim.accounts
      .get(ACCOUNT)
      .ledger.slice()
      .sort((a, b) => b.time - a.time)
      .map((l) => l.id);

  it("Ledgers (ofs): every entry once, newest first, though 70 entries arrive mid-walk", async () => {
    const before = ledgerIds();
    expect(before.length).toBe(130);
    calls = [];
    const seen: string[] = [];
    for await (const { id, entry } of paginate(rest, "getLedgers", { asset: "ZUSD" })) {
      expect(typeof entry.amount).toBe("string"); // exact decimal strings, as Kraken sends them
      seen.push(id);
      if (seen.length === 20 || seen.length === 75)
        for (let i = 0; i < 35; i++) sim.accounts.deposit(ACCOUNT, "ZUSD", "0.5000");
    }
    expect(new Set(seen).size, "no entry repeated").toBe(seen.length);
    for (const id of before) expect(seen, `entry ${id} not skipped`).toContain(id);
    const arrived = new Set(ledgerIds().filter((id) => !before.includes(id)));
    for (const id of seen.filter((id) => !before.includes(id))) expect(arrived.has(id)).toBe(true);
    // Pages after the first carry the anchor `end` and increasing offsets.
    expect(calls.slice(0, 3).map((c) => c.ofs)).toEqual(["0", "50", "100"]);
    expect(calls[0]?.end).toBeUndefined();
    expect(calls.slice(1).every((c) => c.end !== undefined && c.end === calls[1]?.end)).toBe(true);
  });

  it("DepositStatus (cursor): follows next_cursor with limit, every deposit once, despite arrivals", async () => {
    const expected = sim.accounts
      .get(ACCOUNT)
      .ledger.filter((l) => l.type === "deposit")
      .map((l) => l.refid);
    calls = [];
    const seen: string[] = [];
    for await (const { id, entry } of paginate(rest, "getStatusRecentDeposits", { limit: 40 })) {
      expect(entry.refid).toBe(id);
      seen.push(id);
      if (seen.length === 10) for (let i = 0; i < 15; i++) sim.accounts.deposit(ACCOUNT, "ZUSD", "1.0000");
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...expected].sort());
    expect(calls[0]?.cursor).toBe("true");
    expect(calls.length).toBe(Math.ceil(expected.length / 40));
    expect(calls.slice(1).every((c) => c.cursor !== "true" && c.cursor !== "")).toBe(true);
  });

  it("stops with the signal's reason when aborted mid-walk, and makes no further request", async () => {
    const controller = new AbortController();
    calls = [];
    const seen: string[] = [];
    const walk = (async () => {
      for await (const { id } of paginate(rest, "getLedgers", {}, { signal: controller.signal })) {
        seen.push(id);
        if (seen.length === 60) controller.abort(new Error("enough"));
      }
    })();
    await expect(walk).rejects.toThrow("enough");
    expect(seen.length).toBe(60);
    expect(calls.length).toBe(2);
  });

  it("an already aborted signal makes no request at all", async () => {
    calls = [];
    const iterator = paginate(rest, "getClosedOrders", {}, { signal: AbortSignal.abort() });
    await expect(iterator.next()).rejects.toThrow();
    expect(calls).toEqual([]);
  });
});

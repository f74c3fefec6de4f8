import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_API_SECRET,
  DEMO_KEY,
  type KrakenSimulator,
  krakenSignature,
  startKrakenSimulator,
} from "../../src/testing/index.js";
import { nextNonce, privateCall, sign } from "./helpers.js";

const OTHER_SECRET = Buffer.alloc(64, 7).toString("base64");

describe("private REST authentication rejects exactly as Kraken does", () => {
  let sim: KrakenSimulator;
  beforeAll(async () => {
    sim = await startKrakenSimulator({
      market: false,
      keys: [
        { ...DEMO_KEY, rateLimit: false },
        { key: "read-only", secret: OTHER_SECRET, permissions: ["funds-query"], rateLimit: false },
        { key: "with-2fa", secret: OTHER_SECRET, otp: "123456", rateLimit: false },
        { key: "windowed", secret: OTHER_SECRET, nonceWindow: 1000, rateLimit: false },
        { key: "starter", secret: OTHER_SECRET, tier: "starter" },
        { key: "nanoseconds", secret: OTHER_SECRET, rateLimit: false },
      ],
    });
  });
  afterAll(() => sim.close());

  it("matches Kraken's published signature vector", () => {
    const body = "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25";
    expect(krakenSignature("/0/private/AddOrder", "1616492376594", body, DEMO_API_SECRET)).toBe(
      "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==",
    );
    expect(sign("/0/private/AddOrder", "1616492376594", body, DEMO_API_SECRET)).toBe(
      krakenSignature("/0/private/AddOrder", "1616492376594", body, DEMO_API_SECRET),
    );
  });

  it("accepts correctly signed form and JSON bodies", async () => {
    expect((await privateCall(sim.restUrl, "Balance")).error).toEqual([]);
    expect((await privateCall(sim.restUrl, "Balance", {}, { json: true })).error).toEqual([]);
  });

  it("accepts a 19-digit JSON nonce sent as a bare number (beyond 2^53)", async () => {
    const nonce = (BigInt(Date.now()) * 1_000_000n + 999_999n).toString();
    const body = `{"nonce":${nonce}}`;
    const res = await fetch(`${sim.restUrl}/0/private/Balance`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "api-key": "nanoseconds",
        "api-sign": sign("/0/private/Balance", nonce, body, OTHER_SECRET),
      },
      body,
    });
    expect(((await res.json()) as { error: string[] }).error).toEqual([]);
  });

  it("unknown key -> EAPI:Invalid key", async () => {
    expect((await privateCall(sim.restUrl, "Balance", {}, { key: "nope" })).error).toEqual([
      "EAPI:Invalid key",
    ]);
  });

  it("wrong secret, tampered body or wrong path -> EAPI:Invalid signature", async () => {
    expect((await privateCall(sim.restUrl, "Balance", {}, { secret: OTHER_SECRET })).error).toEqual([
      "EAPI:Invalid signature",
    ]);
    const nonce = nextNonce();
    const signedFor = sign("/0/private/Balance", nonce, `nonce=${nonce}`, DEMO_API_SECRET);
    expect(
      (await privateCall(sim.restUrl, "TradeBalance", {}, { nonce, signature: signedFor })).error,
    ).toEqual(["EAPI:Invalid signature"]);
    expect((await privateCall(sim.restUrl, "Balance", {}, { signature: "AAAA" })).error).toEqual([
      "EAPI:Invalid signature",
    ]);
  });

  it("a nonce not above the last accepted one -> EAPI:Invalid nonce", async () => {
    const nonce = nextNonce();
    expect((await privateCall(sim.restUrl, "Balance", {}, { nonce })).error).toEqual([]);
    expect((await privateCall(sim.restUrl, "Balance", {}, { nonce })).error).toEqual(["EAPI:Invalid nonce"]);
    const lower = (BigInt(nonce) - 5n).toString();
    expect((await privateCall(sim.restUrl, "Balance", {}, { nonce: lower })).error).toEqual([
      "EAPI:Invalid nonce",
    ]);
    expect((await privateCall(sim.restUrl, "Balance", {}, { nonce: "abc" })).error).toEqual([
      "EAPI:Invalid nonce",
    ]);
  });

  it("a nonce window tolerates slightly out-of-order nonces, but not repeats or old ones", async () => {
    const opts = (nonce: string) => ({ key: "windowed", secret: OTHER_SECRET, nonce });
    const high = BigInt(nextNonce()) + 500n;
    expect((await privateCall(sim.restUrl, "Balance", {}, opts(high.toString()))).error).toEqual([]);
    expect((await privateCall(sim.restUrl, "Balance", {}, opts((high - 10n).toString()))).error).toEqual([]);
    expect((await privateCall(sim.restUrl, "Balance", {}, opts((high - 10n).toString()))).error).toEqual([
      "EAPI:Invalid nonce",
    ]);
    expect((await privateCall(sim.restUrl, "Balance", {}, opts((high - 5000n).toString()))).error).toEqual([
      "EAPI:Invalid nonce",
    ]);
  });

  it("missing permission -> EGeneral:Permission denied (and the granted one works)", async () => {
    const opts = { key: "read-only", secret: OTHER_SECRET };
    expect((await privateCall(sim.restUrl, "Balance", {}, opts)).error).toEqual([]);
    expect(
      (
        await privateCall(
          sim.restUrl,
          "AddOrder",
          { pair: "XBTUSD", type: "buy", ordertype: "market", volume: "0.01" },
          opts,
        )
      ).error,
    ).toEqual(["EGeneral:Permission denied"]);
    expect((await privateCall(sim.restUrl, "GetWebSocketsToken", {}, opts)).error).toEqual([
      "EGeneral:Permission denied",
    ]);
    expect(sim.accounts.get("demo").trades).toHaveLength(0);
  });

  it("2FA: missing otp -> EGeneral:Permission denied, wrong otp -> EAPI:Invalid signature, right otp passes", async () => {
    const opts = { key: "with-2fa", secret: OTHER_SECRET };
    expect((await privateCall(sim.restUrl, "Balance", {}, opts)).error).toEqual([
      "EGeneral:Permission denied",
    ]);
    expect((await privateCall(sim.restUrl, "Balance", { otp: "000000" }, opts)).error).toEqual([
      "EAPI:Invalid signature",
    ]);
    expect((await privateCall(sim.restUrl, "Balance", { otp: "123456" }, opts)).error).toEqual([]);
  });

  it("REST call counter: a starter key gets EAPI:Rate limit exceeded past 15 (ledger calls cost 2)", async () => {
    const opts = { key: "starter", secret: OTHER_SECRET };
    for (let i = 0; i < 7; i++)
      expect((await privateCall(sim.restUrl, "Ledgers", {}, opts)).error).toEqual([]);
    expect((await privateCall(sim.restUrl, "Balance", {}, opts)).error).toEqual([]); // 15
    expect((await privateCall(sim.restUrl, "Balance", {}, opts)).error).toEqual(["EAPI:Rate limit exceeded"]);
    // Order entry is governed by the trading engine, not this counter.
    const add = await privateCall(
      sim.restUrl,
      "AddOrder",
      { pair: "XBTUSD", type: "buy", ordertype: "limit", price: "50000.0", volume: "0.01", validate: true },
      opts,
    );
    expect(add.error).toEqual([]);
  });

  it("answers CORS preflights with the signing headers allowed", async () => {
    const res = await fetch(`${sim.restUrl}/0/private/Balance`, {
      method: "OPTIONS",
      headers: {
        origin: "http://127.0.0.1:9",
        "access-control-request-method": "POST",
        "access-control-request-headers": "api-key,api-sign,content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    const allowed = res.headers.get("access-control-allow-headers")!.toLowerCase();
    for (const h of ["api-key", "api-sign", "content-type"]) expect(allowed).toContain(h);
  });

  it("accepts keys added while running", async () => {
    expect(
      (await privateCall(sim.restUrl, "Balance", {}, { key: "late", secret: OTHER_SECRET })).error,
    ).toEqual(["EAPI:Invalid key"]);
    sim.addKey({ key: "late", secret: OTHER_SECRET });
    expect(
      (await privateCall(sim.restUrl, "Balance", {}, { key: "late", secret: OTHER_SECRET })).error,
    ).toEqual([]);
    expect(sim.keys.map((k) => k.key)).toContain("late");
  });

  it("unknown paths answer EGeneral:Unknown method", async () => {
    const res = await fetch(`${sim.restUrl}/0/private/NoSuchThing`, { method: "POST" });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string[] }).error).toEqual(["EGeneral:Unknown method"]);
  });
});

describe("temporary lockout (opt-in)", () => {
  it("locks a key out after repeated bad signatures, extends on retry, and lifts after the duration", async () => {
    let now = Date.UTC(2026, 0, 1);
    const clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => {} };
    const sim = await startKrakenSimulator({
      market: false,
      exchange: { clock },
      keys: [{ ...DEMO_KEY, rateLimit: false }],
      authLockout: { failures: 3, durationMs: 60_000 },
    });
    try {
      for (let i = 0; i < 3; i++) {
        expect((await privateCall(sim.restUrl, "Balance", {}, { secret: OTHER_SECRET })).error).toEqual([
          "EAPI:Invalid signature",
        ]);
      }
      // Even a correct request is refused now, and the retry extends the lockout.
      expect((await privateCall(sim.restUrl, "Balance")).error).toEqual(["EGeneral:Temporary lockout"]);
      now += 59_000;
      expect((await privateCall(sim.restUrl, "Balance")).error).toEqual(["EGeneral:Temporary lockout"]);
      now += 61_000;
      expect((await privateCall(sim.restUrl, "Balance")).error).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});

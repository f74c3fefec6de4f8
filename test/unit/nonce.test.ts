// A user-supplied nonce source that returns something other than a non-negative integer is a
// configuration mistake: it fails with KrakenConfigError naming the `nonce` option, before any request.
import { describe, expect, it } from "vitest";
import { NonceGenerator, type NonceSource } from "../../src/auth/nonce.js";
import { KrakenConfigError, KrakenRest } from "../../src/index.js";

const BAD: Array<[string, unknown]> = [
  ["a fraction", 1.5],
  ["a negative number", -1],
  ["an unsafe number", 2 ** 53],
  ["NaN", Number.NaN],
  ["a negative bigint", -5n],
  ["a decimal string", "12.5"],
  ["a signed string", "-12"],
  ["an empty string", ""],
  ["undefined", undefined],
  ["null", null],
  ["an object", {}],
];

describe("NonceGenerator with an invalid source", () => {
  it.each(BAD)("%s is rejected with KrakenConfigError naming the nonce option", async (_, value) => {
    const gen = new NonceGenerator(`bad-source-${String(_)}`, { source: (() => value) as NonceSource });
    const error = await gen.next().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KrakenConfigError);
    expect(error).not.toBeInstanceOf(RangeError);
    expect((error as KrakenConfigError).category).toBe("config");
    expect((error as KrakenConfigError).message).toMatch(/^nonce option: /);
  });

  it("never puts the returned value in the message (nonces are redacted from errors)", async () => {
    const gen = new NonceGenerator("bad-source-secret", { source: () => "98765x" });
    await expect(gen.next()).rejects.toSatisfy(
      (e: unknown) => e instanceof KrakenConfigError && !e.message.includes("98765"),
    );
  });

  it("a bad value does not advance the key's last nonce", async () => {
    const values: Array<bigint | number | string> = [100, 1.5, 101];
    const gen = new NonceGenerator("bad-then-good", { source: () => values.shift() as number });
    expect(await gen.next()).toBe("100");
    await expect(gen.next()).rejects.toBeInstanceOf(KrakenConfigError);
    expect(await gen.next()).toBe("101");
  });

  it("valid values of every accepted type still pass", async () => {
    const values: Array<bigint | number | string> = [0, 5n, "7", 2n ** 64n];
    const gen = new NonceGenerator("good-types", { source: async () => values.shift() as bigint });
    expect([await gen.next(), await gen.next(), await gen.next(), await gen.next()]).toEqual([
      "1",
      "5",
      "7",
      (2n ** 64n).toString(),
    ]);
  });
});

describe("KrakenRest with an invalid nonce source", () => {
  it("a private call fails with KrakenConfigError and sends nothing", async () => {
    let sent = 0;
    const rest = new KrakenRest({
      apiKey: "bad-nonce-rest",
      apiSecret: btoa("not-a-real-secret"),
      baseUrl: "http://127.0.0.1:9",
      rateLimit: false,
      retry: false,
      nonce: () => 1.25,
      fetch: async () => {
        sent++;
        return new Response(JSON.stringify({ error: [], result: {} }));
      },
    });
    await expect(rest.getAccountBalance()).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof KrakenConfigError && e.reachedKraken === "no" && e.message.startsWith("nonce option: "),
    );
    expect(sent).toBe(0);
  });
});

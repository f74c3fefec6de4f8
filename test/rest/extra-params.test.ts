// options.extraParams: parameters the spec does not know yet travel with the typed ones, signed like
// them; the simulator verifies the signature over the exact body, so a wrongly signed extra fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KrakenRest } from "../../src/index.js";
import {
  DEMO_API_SECRET,
  DEMO_KEY,
  type KrakenSimulator,
  startKrakenSimulator,
} from "../../src/testing/index.js";

describe("extraParams", () => {
  let sim: KrakenSimulator;
  const sent: string[] = [];
  let rest: KrakenRest;
  beforeAll(async () => {
    sim = await startKrakenSimulator({ market: false, keys: [{ ...DEMO_KEY, rateLimit: false }] });
    rest = new KrakenRest({
      apiKey: DEMO_KEY.key,
      apiSecret: DEMO_API_SECRET,
      baseUrl: sim.restUrl.replace(/\/0\/?$/, ""),
      fetch: async (input, init) => {
        sent.push(
          `${typeof input === "string" ? input : input instanceof URL ? input.href : input.url} ${init?.body ?? ""}`,
        );
        return fetch(input, init);
      },
    });
  });
  afterAll(() => sim.close());

  it("are encoded into the signed body after the typed params, and the signature verifies", async () => {
    sent.length = 0;
    const balances = await rest.getAccountBalance({}, { extraParams: { new_flag: "x", level: 2 } });
    expect(typeof balances).toBe("object");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/\/0\/private\/Balance nonce=\d+&new_flag=x&level=2$/);
  });

  it("go into the query string of a public call", async () => {
    sent.length = 0;
    await rest.getServerTime(undefined, { extraParams: { probe: true } });
    expect(sent[0]).toMatch(/\/0\/public\/Time\?probe=true /);
  });
});

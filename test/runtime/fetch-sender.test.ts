// The fetch sender over a real loopback server: what it hands fetch (its own signal per request, tied
// to the attempt's; only the init fields that differ from fetch's defaults).
import { getEventListeners } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchSender } from "../../src/runtime/fetch-sender.js";
import { startHostileServer } from "../rest/helpers/hostile-server.js";

describe("fetchSender", () => {
  let server: Awaited<ReturnType<typeof startHostileServer>>;
  const inits: RequestInit[] = [];
  const recording: typeof fetch = (input, init) => {
    inits.push(init ?? {});
    return fetch(input, init);
  };
  beforeAll(async () => {
    server = await startHostileServer((req, res) => {
      if (req.url === "/hang") return; // never answers
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end('{"ok":true}');
    });
  });
  afterAll(() => server.close());

  const exchange = (
    signal: AbortSignal,
    extra: Partial<Parameters<ReturnType<typeof fetchSender>>[0]> = {},
  ) => ({
    method: "GET",
    url: `${server.url}/x`,
    headers: {},
    signal,
    maxBytes: 1 << 20,
    ...extra,
  });

  it("gives fetch a fresh signal per request and leaves no listener on the attempt's reused signal", async () => {
    inits.length = 0;
    const send = fetchSender(recording);
    const attempt = new AbortController();
    for (let i = 0; i < 3; i++) {
      const answer = await send(exchange(attempt.signal));
      expect(new TextDecoder().decode(answer.body)).toBe('{"ok":true}');
    }
    const signals = inits.map((init) => init.signal);
    expect(new Set(signals).size).toBe(3);
    expect(signals).not.toContain(attempt.signal);
    expect(getEventListeners(attempt.signal, "abort")).toHaveLength(0);
  });

  it("aborts the request when the attempt's signal aborts, before or during the exchange", async () => {
    const send = fetchSender(recording);
    const during = new AbortController();
    const pending = send(exchange(during.signal, { url: `${server.url}/hang` }));
    setTimeout(() => during.abort(new Error("time is up")), 20);
    await expect(pending).rejects.toThrow();
    expect(inits.at(-1)?.signal?.aborted).toBe(true);
    const before = new AbortController();
    before.abort(new Error("already"));
    await expect(send(exchange(before.signal))).rejects.toThrow();
    expect(inits.at(-1)?.signal?.aborted).toBe(true);
  });

  it("passes only what differs from fetch's defaults: nothing for a plain GET, all of a POST", async () => {
    inits.length = 0;
    const send = fetchSender(recording);
    const signal = new AbortController().signal;
    await send(exchange(signal));
    await send(exchange(signal, { headers: { "User-Agent": "kc" } }));
    await send(exchange(signal, { method: "POST", headers: { "API-Key": "k" }, body: "nonce=1" }));
    const keys = inits.map((init) => Object.keys(init).sort());
    expect(keys).toEqual([
      ["redirect", "signal"],
      ["headers", "redirect", "signal"],
      ["body", "headers", "method", "redirect", "signal"],
    ]);
    expect(inits.every((init) => init.redirect === "manual")).toBe(true);
    expect(inits[2]).toMatchObject({ method: "POST", body: "nonce=1", headers: { "API-Key": "k" } });
  });
});

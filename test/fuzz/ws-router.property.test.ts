// Property tests of the WebSocket frame router: whatever mix of good and bad frames arrives, it never
// throws, each good frame reaches exactly the subscription of its channel and symbol (money digits
// unchanged, in order), a frame for nobody reaches nobody, and each bad frame becomes exactly one
// error event while the frames after it keep flowing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KrakenWsFrameError } from "../../src/errors/ws.js";
import { Emitter } from "../../src/util/emitter.js";
import type { Link } from "../../src/ws/protocol/link.js";
import { resolveWsOptions } from "../../src/ws/protocol/options.js";
import { RequestTracker } from "../../src/ws/protocol/requests.js";
import type { KrakenWsEvents } from "../../src/ws/subscriptions/events.js";
import { addConsumer, Registry, routeKey } from "../../src/ws/subscriptions/registry.js";
import { Router } from "../../src/ws/subscriptions/router.js";
import { SequenceTracker } from "../../src/ws/subscriptions/sequence.js";
import { Subscription } from "../../src/ws/subscriptions/subscription.js";
import { fuzzParams } from "../helpers/fuzz.js";

const SUBSCRIBED = ["BTC/USD", "ETH/USD", "PEPE/USD"];
const ALL = [...SUBSCRIBED, "SOL/USD"]; // SOL/USD frames belong to nobody

const literal = fc
  .tuple(
    fc.oneof(fc.constant("0"), fc.stringMatching(/^[1-9][0-9]{0,11}$/)),
    fc.option(fc.stringMatching(/^[0-9]{1,18}$/), { nil: undefined }),
  )
  .map(([i, f]) => (f === undefined ? i : `${i}.${f}`));

type Good = { kind: "ticker" | "trade"; symbol: string; value: string };
const good = fc.record({
  kind: fc.constantFrom("ticker" as const, "trade" as const),
  symbol: fc.constantFrom(...ALL),
  value: literal,
});
function goodText(g: Good, spaced: boolean): string {
  const s = spaced ? " " : "";
  if (g.kind === "ticker")
    return `{"channel":"ticker",${s}"type":"update","data":[{"symbol":"${g.symbol}","bid":1,"bid_qty":1,"ask":2,"ask_qty":1,"last":${g.value},"volume":1,"vwap":1,"low":1,"high":2,"change":0,"change_pct":0}]}`;
  return `{"channel":"trade",${s}"type":"update","data":[{"symbol":"${g.symbol}","side":"buy","price":${g.value},"qty":1,"ord_type":"limit","trade_id":1,"timestamp":"t"}]}`;
}
// frames that cannot be used, each one way: cut, not JSON, wrong field type, no channel or method, ...
const bad = fc.oneof(
  fc.tuple(good, fc.integer({ min: 1, max: 60 })).map(([g, n]) => goodText(g, false).slice(0, -n)),
  fc.string().map((s) => `#${s}`),
  good.map((g) => goodText(g, false).replace(/"(last|price)":[0-9.]+/, '"$1":true')),
  fc.constantFrom("{}", "[1,2]", "null", '"text"', '{"channel":"mystery","type":"update","data":[]}'),
  good.map((g) => goodText(g, false).replace('"type":"update"', '"type":"sideways"')),
);
const frames = fc.array(
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.tuple(good, fc.boolean()).map(([g, spaced]) => ({ good: g, text: goodText(g, spaced) })),
    },
    { weight: 1, arbitrary: bad.map((text) => ({ good: undefined, text })) },
  ),
  { maxLength: 40 },
);

function setup() {
  const o = resolveWsOptions({ WebSocket: class {} as never });
  const errors: unknown[] = [];
  const events = new Emitter<KrakenWsEvents>((e) => {
    throw e;
  });
  events.on("error", (e) => errors.push(e));
  const registry = new Registry();
  const subs = new Map<string, Subscription<unknown>>();
  for (const channel of ["ticker", "trade"])
    for (const symbol of SUBSCRIBED) {
      const sub = new Subscription<unknown>(
        channel,
        [symbol],
        { release: async () => {}, listenerError: () => {} },
        100_000,
        "error",
      );
      const route = routeKey(channel, symbol);
      const e = {
        id: `${channel}||${symbol}`,
        route,
        channel,
        symbol,
        link: "public" as const,
        params: {},
        consumers: new Set<Subscription<unknown>>(),
        fanout: [],
        active: true,
        epoch: 1,
      };
      registry.add(e);
      addConsumer(e, sub);
      subs.set(route, sub);
    }
  const link = {
    name: "public",
    conn: { pong() {}, delayFloorMs: 0 },
    requests: new RequestTracker(),
    queue: Promise.resolve(),
    epoch: 1,
    alive: new AbortController(),
  } as unknown as Link;
  const router = new Router(
    o,
    events,
    registry,
    new SequenceTracker(),
    new Map(),
    () => false,
    () => {},
  );
  return { router, link, subs, errors };
}

describe("WebSocket router properties", () => {
  it("routes each good frame to exactly its subscription, digits intact; each bad frame is one error event", () => {
    fc.assert(
      fc.property(frames, (list) => {
        const { router, link, subs, errors } = setup();
        const got = new Map<string, string[]>();
        for (const [route, sub] of subs)
          sub.on("message", (m) => {
            const d = (m as { data: Array<{ last?: string; price?: string }> }).data[0];
            got.set(route, [...(got.get(route) ?? []), (d?.last ?? d?.price) as string]);
          });
        for (const f of list) expect(() => router.frame(link, f.text)).not.toThrow();
        const want = new Map<string, string[]>();
        for (const f of list) {
          if (!f.good || !SUBSCRIBED.includes(f.good.symbol)) continue;
          const route = routeKey(f.good.kind, f.good.symbol);
          want.set(route, [...(want.get(route) ?? []), f.good.value]);
        }
        expect(got).toEqual(want);
        expect(errors).toHaveLength(list.filter((f) => !f.good).length);
        expect(errors.every((e) => e instanceof KrakenWsFrameError)).toBe(true);
        for (const sub of subs.values()) expect(sub.ended).toBe(false);
      }),
      fuzzParams(),
    );
  });
});

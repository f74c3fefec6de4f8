// Property tests of the Unified WebSocket frame decoding: positions/margin money numbers come out as
// the exact literal Kraken sent (no digit lost), and over a loopback socket from a hostile server
// every good frame reaches exactly its own subscription while garbage only raises typed error events.
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type WebSocket as ServerSocket, WebSocketServer } from "ws";
import { KrakenError } from "../../src/errors/base.js";
import { ConnectBudget } from "../../src/ws/connection/connect-budget.js";
import { quoteUnifiedMoney, UNIFIED_MONEY_KEYS } from "../../src/ws/unified/exact-frames.js";
import { KrakenUnifiedWs } from "../../src/ws/unified/index.js";
import { fuzzParams } from "../helpers/fuzz.js";

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max }).map((d) => d.join(""));
/** A plain JSON number literal, long enough that a float would lose digits. */
const literal = fc
  .tuple(
    fc.boolean(),
    fc.oneof(
      fc.constant("0"),
      fc.tuple(fc.constantFrom(..."123456789"), digits(0, 20)).map(([a, b]) => a + b),
    ),
    fc.option(digits(1, 20), { nil: undefined }),
  )
  .map(([neg, i, f]) => `${neg ? "-" : ""}${i}${f === undefined ? "" : `.${f}`}`);
const symbol = fc.stringMatching(/^P[FI]_[A-Z]{3,8}$/);

const positionsFrame = (type: string, sym: string, size: string, price: string) =>
  `{"channel":"positions","type":"${type}","data":{"futures":[{"symbol":"${sym}","side":"long","size":${size},"entry_price":${price}}],"options":[]},"timestamp":"2026-12-07T10:00:00.000000Z"}`;

describe("quoteUnifiedMoney", () => {
  it("positions: size and entry_price become the exact literals, everything else unchanged", () => {
    fc.assert(
      fc.property(
        symbol,
        literal,
        literal,
        fc.constantFrom("snapshot", "update"),
        (sym, size, price, type) => {
          const out = JSON.parse(quoteUnifiedMoney(positionsFrame(type, sym, size, price)));
          expect(out).toEqual({
            channel: "positions",
            type,
            data: { futures: [{ symbol: sym, side: "long", size, entry_price: price }], options: [] },
            timestamp: "2026-12-07T10:00:00.000000Z",
          });
        },
      ),
      fuzzParams(),
    );
  });

  it("margin: every money key is its exact literal; other numbers stay numbers", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...UNIFIED_MONEY_KEYS), { minLength: 1 }),
        fc.array(literal, { minLength: UNIFIED_MONEY_KEYS.length, maxLength: UNIFIED_MONEY_KEYS.length }),
        fc.nat(),
        (keys, values, count) => {
          const fields = keys.map((k, i) => `"${k}":${values[i]}`).join(",");
          const text = `{"channel":"margin","type":"multi_collateral","data":{${fields},"count":${count}}}`;
          const out = JSON.parse(quoteUnifiedMoney(text)) as { data: Record<string, unknown> };
          expect(out.data).toEqual({ ...Object.fromEntries(keys.map((k, i) => [k, values[i]])), count });
        },
      ),
      fuzzParams(),
    );
  });

  it("never throws: any other text passes through unchanged, a positions/margin text comes out as JSON or unchanged", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.tuple(symbol, literal, literal, fc.nat(200)).map(([s, a, b, cut]) => {
            const t = positionsFrame("update", s, a, b);
            return t.slice(0, t.length - (cut % t.length));
          }),
        ),
        (text) => {
          const out = quoteUnifiedMoney(text);
          if (!/^\{\s*"channel"\s*:\s*"(?:positions|margin)"/.test(text)) expect(out).toBe(text);
          else if (out !== text) expect(() => JSON.parse(out)).not.toThrow();
        },
      ),
      fuzzParams(),
    );
  });
});

describe("KrakenUnifiedWs routing against a hostile server", () => {
  let server: WebSocketServer;
  let url: string;
  const peers: ServerSocket[] = [];
  const privatePeers = new Set<ServerSocket>();
  beforeAll(async () => {
    server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise((r) => server.once("listening", r));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
    server.on("connection", (s) => {
      peers.push(s);
      s.on("message", (raw) => {
        const m = JSON.parse(String(raw)) as {
          method: string;
          req_id?: number;
          params?: Record<string, unknown>;
        };
        if (m.method !== "subscribe" || !m.params) return;
        if (m.params.token !== undefined) privatePeers.add(s);
        const ack = (result: Record<string, unknown>) =>
          s.send(
            JSON.stringify({
              method: "subscribe",
              req_id: m.req_id,
              result,
              success: true,
              time_in: "2026-12-07T10:00:00.000000Z",
              time_out: "2026-12-07T10:00:00.000001Z",
            }),
          );
        const symbols = m.params.symbol as string[] | undefined;
        if (symbols)
          for (const sym of symbols) ack({ channel: m.params.channel, symbol: sym, snapshot: false });
        else ack({ channel: m.params.channel, snapshot: false });
      });
    });
  });
  afterAll(async () => {
    for (const p of peers) p.terminate();
    await new Promise((r) => server.close(r));
  });

  it("each good frame reaches exactly its subscription with exact digits; garbage raises only typed errors", async () => {
    const ws = new KrakenUnifiedWs({
      unified: true,
      url,
      authUrl: url,
      getToken: async () => "token",
      reconnect: { maxAttempts: 0 },
      connectBudget: new ConnectBudget(10_000, 600_000),
    });
    const got: Record<string, unknown[]> = { tA: [], tB: [], trA: [], pos: [] };
    const errors: unknown[] = [];
    let typedErrors = 0;
    ws.on("error", (e) => errors.push(e));
    const tA = await ws.subscribe({
      channel: "ticker",
      asset_class: "derivatives",
      symbol: ["PF_AAA"],
      snapshot: false,
    });
    const tB = await ws.subscribe({
      channel: "ticker",
      asset_class: "derivatives",
      symbol: ["PF_BBB"],
      snapshot: false,
    });
    const trA = await ws.subscribe({
      channel: "trade",
      asset_class: "derivatives",
      symbol: ["PF_AAA"],
      snapshot: false,
    });
    const pos = await ws.subscribe({ channel: "positions", asset_class: "derivatives", snapshot: false });
    const end = await ws.subscribe({
      channel: "ticker",
      asset_class: "derivatives",
      symbol: ["PF_END"],
      snapshot: false,
    });
    tA.on("message", (m) => got.tA!.push(m));
    tB.on("message", (m) => got.tB!.push(m));
    trA.on("message", (m) => got.trA!.push(m));
    pos.on("message", (m) => got.pos!.push(m));
    const endPrivate = await ws.subscribe({ channel: "margin", asset_class: "derivatives" });
    // a sentinel per socket: once both arrive, every frame sent before them has been handled
    let ends = 0;
    let onEnd: (() => void) | undefined;
    const ended = () => {
      ends++;
      onEnd?.();
    };
    end.on("message", ended);
    endPrivate.on("message", ended);
    const sockets = (priv: boolean) =>
      peers.filter((p) => p.readyState === p.OPEN && privatePeers.has(p) === priv);
    const good = fc.oneof(
      fc.tuple(fc.constantFrom("PF_AAA", "PF_BBB"), literal).map(([s, last]) => ({
        to: s === "PF_AAA" ? "tA" : "tB",
        text: `{"channel":"ticker","type":"update","data":[{"symbol":"${s}","last":"${last}"}]}`,
        check: (m: unknown) => expect((m as { data: Array<{ last: string }> }).data[0]!.last).toBe(last),
      })),
      literal.map((qty) => ({
        to: "trA",
        text: `{"channel":"trade","type":"update","data":[{"symbol":"PF_AAA","side":"buy","price":"1.5","qty":"${qty}","trade_id":1,"ord_type":"limit","timestamp":"2026-12-07T10:00:00.000000Z"}]}`,
        check: (m: unknown) => expect((m as { data: Array<{ qty: string }> }).data[0]!.qty).toBe(qty),
      })),
      fc.tuple(literal, literal).map(([size, price]) => ({
        to: "pos",
        text: positionsFrame("update", "PF_AAA", size, price),
        check: (m: unknown) =>
          expect(
            (m as { data: { futures: Array<{ size: string; entry_price: string }> } }).data.futures[0],
          ).toMatchObject({ size, entry_price: price }),
      })),
    );
    const garbage = fc.oneof(
      fc.string({ minLength: 1 }),
      good.map((g) => g.text.slice(0, -1)), // truncated: never valid JSON
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            good,
            garbage.map((text) => ({ to: "", text, check: () => {} })),
          ),
          { maxLength: 8 },
        ),
        async (frames) => {
          for (const k of Object.keys(got)) got[k] = [];
          errors.length = 0;
          const target = ends + 2;
          const done = new Promise<void>((r) => {
            onEnd = () => ends >= target && r();
          });
          const send = (t: string, priv: boolean) => {
            for (const p of sockets(priv)) p.send(t);
          };
          for (const [i, f] of frames.entries()) send(f.text, f.to === "pos" || (f.to === "" && i % 2 === 1));
          send(`{"channel":"ticker","type":"update","data":[{"symbol":"PF_END","last":"1"}]}`, false);
          send(`{"channel":"margin","type":"multi_collateral","data":{"available_margin":1}}`, true);
          await done;
          for (const k of Object.keys(got)) {
            const mine = frames.filter((f) => f.to === k);
            expect(got[k], k).toHaveLength(mine.length);
            for (const [i, f] of mine.entries()) f.check(got[k]![i]);
          }
          expect(errors.every((e) => e instanceof KrakenError)).toBe(true);
          typedErrors += errors.length;
        },
      ),
      fuzzParams(300),
    );
    expect(typedErrors).toBeGreaterThan(0); // garbage was reported, not silently dropped or thrown
    expect(tA.ended || tB.ended || trA.ended || pos.ended).toBe(false);
    await ws.close();
  }, 30_000);
});

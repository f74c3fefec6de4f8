// KrakenWs loads its book code and its trading validation on first use (src/ws/lazy-chunk.ts), so a
// browser app's initial download leaves them out. Vitest gives each test file fresh modules, so the
// first test here sees the code not yet loaded; the order of the tests matters.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BookMessage } from "../../src/book/types.js";
import { KrakenError } from "../../src/errors/base.js";
import type { KrakenWsFrameError } from "../../src/errors/ws.js";
import type { KrakenWs } from "../../src/ws/client.js";
import { bookCode, LazyChunk, tradingCode } from "../../src/ws/lazy-chunk.js";
import { clientFor, nextEvent, take } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

let server: ScriptServer;
let ws: KrakenWs;
beforeEach(async () => {
  server = await startScriptServer();
  ws = clientFor(server);
});
afterEach(async () => {
  await ws.close();
  await server.close();
});

const BOOK_FRAME =
  '{"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD","bids":[{"price":45283.5,"qty":0.10000000}],' +
  '"asks":[{"price":45285.2,"qty":1e-8}],"checksum":1,"timestamp":"2026-01-01T00:00:00.000000Z"}]}';

describe("code loaded on first use", () => {
  it("a book frame nobody subscribed to, before any book code is loaded, is an error event", async () => {
    expect(bookCode.value).toBeUndefined();
    const ticker = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] });
    const error = nextEvent<KrakenWsFrameError>((fn) => ws.on("error", fn as (e: unknown) => void));
    server.broadcast("/public", BOOK_FRAME);
    expect((await error).message).toBe("book frame without a subscription (public)");
    expect(bookCode.value).toBeUndefined(); // an unsolicited frame does not load anything
    expect(ticker.ended).toBe(false);
  });

  it("subscribe() to a book channel loads the lossless decoder before asking Kraken", async () => {
    expect(bookCode.value).toBeUndefined();
    const book = await ws.subscribe({ channel: "book", symbol: ["BTC/USD"] });
    expect(bookCode.value?.decodeBookMessage).toBeTypeOf("function");
    server.broadcast("/public", BOOK_FRAME);
    const [msg] = (await take(book, 1)) as unknown as BookMessage[];
    expect(msg?.data[0]?.bids[0]).toEqual({ price: "45283.5", qty: "0.10000000" });
    expect(msg?.data[0]?.asks[0]).toEqual({ price: "45285.2", qty: "0.00000001" });
  });

  it("the first use of the auth connection starts loading the trading code, before any order", async () => {
    expect(tradingCode.value).toBeUndefined();
    await ws.subscribe({ channel: "balances" });
    // nothing here calls tradingCode.load(): the client started it
    await vi.waitFor(() => expect(tradingCode.value?.addOrderParams).toBeTypeOf("function"));
  });

  it("a failed load is a retryable KrakenError naming what failed, and the next call retries", async () => {
    let calls = 0;
    const chunk = new LazyChunk("test code", async () => {
      calls++;
      if (calls === 1) throw new TypeError("Failed to fetch dynamically imported module: /chunk-x.js");
      return { ok: true };
    });
    const first = await chunk.load().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(KrakenError);
    expect(first).toMatchObject({ code: "chunk_load_failed", category: "network", retryable: true });
    expect((first as Error).cause).toBeInstanceOf(TypeError);
    expect((first as Error).message).toBe(
      "could not load the test code: Failed to fetch dynamically imported module: /chunk-x.js",
    );
    expect(chunk.value).toBeUndefined();
    expect(await chunk.load()).toEqual({ ok: true });
    expect(chunk.value).toEqual({ ok: true });
    expect(await chunk.load()).toBe(chunk.value); // loaded once
    expect(calls).toBe(2);
  });
});

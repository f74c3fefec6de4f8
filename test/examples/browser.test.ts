/**
 * The browser examples in headless Chromium against the simulator: the public dashboard renders a
 * verified book and trades; the private page streams executions and balances with tokens from its
 * server and never receives the API secret.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { KrakenRest } from "../../src/rest/kraken-rest.js";
import {
  DEMO_API_KEY,
  DEMO_API_SECRET,
  type KrakenSimulator,
  startKrakenSimulator,
} from "../../src/testing/index.js";
import { launchChromium, serveRepoRoot, startProcess } from "./helpers.js";

interface Level {
  price: string;
  qty: string;
}
interface DashboardHooks {
  ready: boolean;
  error?: string;
  levels: { bids: Level[]; asks: Level[] };
  trades: Array<{ price: string; qty: string; side: string }>;
  checksumOk: boolean;
  stats?: { verified: number; mismatches: number };
  serverTime?: { unixtime: number };
}
interface PrivateHooks {
  ready: boolean;
  error?: string;
  executions: Array<{ order_id: string; exec_type?: string }>;
  balances: Record<string, string>;
  tokensFetched: number;
}

let sim: KrakenSimulator;
let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  [sim, browser] = await Promise.all([startKrakenSimulator(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

/** Collects every response body the page received, to search it for secrets. */
function recordBodies(page: Page): () => Promise<string[]> {
  const pending: Array<Promise<string>> = [];
  page.on("response", (r) => pending.push(r.text().catch(() => "")));
  page.on("websocket", (socket) => {
    socket.on("framereceived", (f) => pending.push(Promise.resolve(String(f.payload))));
    socket.on("framesent", (f) => pending.push(Promise.resolve(String(f.payload))));
  });
  return () => Promise.all(pending);
}

/** Every SDK file the page fetched (its browser entry and the chunks loaded on first use) and its status. */
function recordSdkFiles(page: Page): Map<string, number> {
  const files = new Map<string, number>();
  page.on("response", (r) => {
    const file = new URL(r.url()).pathname.match(/^\/dist\/browser\/([\w-]+)\.js$/)?.[1];
    if (file) files.set(file.replace(/-[A-Z0-9]{8}$/, ""), r.status());
  });
  return files;
}

describe("examples/browser (public dashboard)", () => {
  it("renders a checksum-verified book as depth chart and ladder, and the trade feed", async () => {
    const server = await serveRepoRoot();
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const sdkFiles = recordSdkFiles(page);
    try {
      const ws = encodeURIComponent(sim.wsUrl);
      await page.goto(`${server.origin}/examples/browser/index.html?ws=${ws}&rest=${sim.restUrl}`);
      await page.waitForFunction(
        () => {
          const d = (window as unknown as { __dashboard?: DashboardHooks }).__dashboard;
          return d?.error ?? (d?.ready && d.checksumOk && d.trades.length > 0 && d.serverTime !== undefined);
        },
        undefined,
        { timeout: 10_000, polling: 100 },
      );
      const d = (await page.evaluate(() => {
        const { ready, error, levels, trades, checksumOk, stats, serverTime } = (
          window as unknown as { __dashboard: DashboardHooks }
        ).__dashboard;
        return { ready, error, levels, trades, checksumOk, stats, serverTime };
      })) as DashboardHooks;
      expect(d.error).toBeUndefined();
      expect(errors).toEqual([]);
      // the book code came as its own chunk, fetched by ws.book(); this page places no order
      expect(sdkFiles.get("index")).toBe(200);
      expect(sdkFiles.get("book-sync")).toBe(200);
      expect(sdkFiles.has("trading")).toBe(false);
      expect(d.stats?.verified).toBeGreaterThan(0);
      expect(d.stats?.mismatches).toBe(0);
      // Exact decimal strings, best first, book not crossed.
      expect(d.levels.bids.length).toBeGreaterThan(5);
      expect(d.levels.asks.length).toBeGreaterThan(5);
      for (const l of [...d.levels.bids, ...d.levels.asks]) expect(l.price).toMatch(/^\d+(\.\d+)?$/);
      const bids = d.levels.bids.map((l) => Number(l.price));
      const asks = d.levels.asks.map((l) => Number(l.price));
      expect(bids).toEqual([...bids].sort((a, b) => b - a));
      expect(asks).toEqual([...asks].sort((a, b) => a - b));
      expect(bids[0]).toBeLessThan(asks[0] as number);
      expect(d.trades[0]?.price).toMatch(/^\d+(\.\d+)?$/); // money stays an exact decimal string
      expect(Number(d.trades[0]?.price)).toBeGreaterThan(0);
      expect(d.serverTime?.unixtime).toBeGreaterThan(1_600_000_000);
      // What a user sees: ladder rows, trade rows and a drawn depth chart.
      expect(await page.locator("#bids tr").count()).toBeGreaterThan(5);
      expect(await page.locator("#asks tr").count()).toBeGreaterThan(5);
      expect(await page.locator("#trades tr").count()).toBeGreaterThan(0);
      expect(await page.locator("#checksums").textContent()).toMatch(
        /checksums verified [1-9]\d* · mismatches 0/,
      );
      const painted = await page.evaluate(() => {
        const canvas = document.getElementById("depth") as HTMLCanvasElement;
        const pixels = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        let n = 0;
        for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) n++;
        return n;
      });
      expect(painted).toBeGreaterThan(1000);

      // With the market paused, the page shows exactly the simulator's own book (same decimal values).
      sim.market?.stop();
      try {
        const trim = (v: string) => (v.includes(".") ? v.replace(/0+$/, "").replace(/\.$/, "") : v);
        const norm = (levels: Level[]) => levels.map((l) => `${trim(l.price)} ${trim(l.qty)}`);
        const truth = () => {
          const book = sim.exchange.book("BTC/USD");
          const side = (s: "buy" | "sell") => book.aggregated(s, 25).map(([price, qty]) => ({ price, qty }));
          return { bids: norm(side("buy")), asks: norm(side("sell")) };
        };
        const shown = async () => {
          const levels = await page.evaluate(
            () => (window as unknown as { __dashboard: DashboardHooks }).__dashboard.levels,
          );
          return { bids: norm(levels.bids), asks: norm(levels.asks) };
        };
        let last = await shown();
        for (let i = 0; i < 30 && JSON.stringify(last) !== JSON.stringify(truth()); i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          last = await shown();
        }
        expect(truth().bids.length).toBeGreaterThan(5);
        expect(last).toEqual(truth());
      } finally {
        sim.market?.start();
      }
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe("examples/browser-private (server mints tokens, page streams private data)", () => {
  it("streams balances and executions without the secret ever reaching the browser", async () => {
    const server = await startProcess("node", ["examples/browser-private/server.mjs"], {
      env: {
        KRAKEN_API_KEY: DEMO_API_KEY,
        KRAKEN_API_SECRET: DEMO_API_SECRET,
        KRAKEN_REST_URL: sim.restUrl,
        KRAKEN_WS_AUTH_URL: sim.wsAuthUrl,
        PORT: "0",
      },
      ready: /listening on (http:\/\/127\.0\.0\.1:\d+\/)/,
    });
    const url = server.match[1] as string;
    const page = await browser.context.newPage();
    const bodies = recordBodies(page);
    const sdkFiles = recordSdkFiles(page);
    const rest = new KrakenRest({ baseUrl: sim.restUrl, apiKey: DEMO_API_KEY, apiSecret: DEMO_API_SECRET });
    try {
      await page.goto(url);
      const hooks = () => (window as unknown as { __private: PrivateHooks }).__private;
      await page.waitForFunction(
        () => {
          const p = (window as unknown as { __private?: PrivateHooks }).__private;
          return p?.error ?? (p?.ready && Object.keys(p.balances).length > 0);
        },
        undefined,
        { timeout: 10_000, polling: 100 },
      );
      // An order placed elsewhere (here: over REST) shows up in the page's executions stream.
      const added = await rest.addOrder({
        ordertype: "limit",
        type: "buy",
        pair: "XBTUSD",
        price: "1000",
        volume: "0.01",
      });
      const orderId = added.txid?.[0] as string;
      await page.waitForFunction(
        (id) =>
          (window as unknown as { __private: PrivateHooks }).__private.executions.some(
            (e) => e.order_id === id,
          ),
        orderId,
        { timeout: 10_000, polling: 100 },
      );
      const p = (await page.evaluate(hooks)) as PrivateHooks;
      expect(p.error).toBeUndefined();
      expect(p.balances.USD).toMatch(/^\d+(\.\d+)?$/);
      expect(Number(p.balances.USD)).toBeGreaterThan(0);
      expect(p.executions.find((e) => e.order_id === orderId)?.exec_type).toBe("new");
      expect(p.tokensFetched).toBeGreaterThanOrEqual(1);
      expect(await page.locator("#executions tr").count()).toBeGreaterThan(0);
      // The private connection's first use fetched the trading code, served by the example's server;
      // a page without books never fetches the book code.
      await vi.waitFor(() => expect(sdkFiles.get("trading")).toBe(200));
      expect(sdkFiles.get("index")).toBe(200);
      expect(sdkFiles.has("book-sync")).toBe(false);

      // Nothing the browser received or sent (HTML, JS, /config, /token, WS frames) holds the secret.
      const everything = [...(await bodies()), await page.content(), JSON.stringify(p)].join("\n");
      expect(everything).toContain("/token"); // sanity: the recording saw the page's code
      expect(everything).not.toContain(DEMO_API_SECRET);
      expect(everything).not.toContain(DEMO_API_KEY);
      // The token endpoint refuses GET (a link or an <img> cannot mint tokens).
      const get = await fetch(new URL("/token", url));
      expect(get.status).toBe(403);
      // Only the page, its script and the SDK's browser build are served; a missing chunk is a 404.
      for (const other of [
        "/dist/browser/missing-ABCDEFGH.js",
        "/dist/index.js",
        "/package.json",
        "/../README.md",
      ])
        expect((await fetch(new URL(other, url))).status, other).toBe(404);
    } finally {
      await page.close();
      await server.stop();
    }
  });
});

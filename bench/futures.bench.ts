// Derivatives benchmark (run by bench/run.mjs): KrakenFutures.getTicker() through the pipeline (exact
// decimals read) vs a raw fetch + status check + JSON.parse + result check against the same local server.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { KrakenFutures } from "../src/futures/client.js";

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Wall time of `n` sequential calls, in ms per call. */
async function block(fn: () => Promise<void>, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return (performance.now() - start) / n;
}

// A ticker as Kraken sends it: money as bare JSON numbers.
const PAYLOAD = JSON.stringify({
  result: "success",
  ticker: {
    tag: "perpetual",
    pair: "XBT:USD",
    symbol: "PF_XBTUSD",
    markPrice: 65000.5,
    bid: 64999.5,
    bidSize: 1.2345,
    ask: 65001,
    askSize: 0.5,
    vol24h: 1234.5678,
    volumeQuote: 80246913.5,
    openInterest: 4321.0123,
    open24h: 64000,
    high24h: 65500,
    low24h: 63900,
    last: 65000,
    lastTime: "2026-12-07T03:00:00.000Z",
    lastSize: 0.01,
    suspended: false,
    fundingRate: 0.0000125,
    fundingRatePrediction: 0.0000113,
    indexPrice: 65002.25,
    postOnly: false,
    change24h: 1.5625,
  },
  serverTime: "2026-12-07T03:00:00.123Z",
});

async function publicCall() {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(PAYLOAD);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const futures = new KrakenFutures({ baseUrl: origin });
  const url = `${origin}/derivatives/api/v3/tickers/PF_XBTUSD`;
  let sink: unknown;
  try {
    // What a user would write without the SDK: the same URL, a status check, JSON.parse (losing
    // digits), and Kraken's result check.
    const raw = async () => {
      const r = await fetch(url);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const body = JSON.parse(await r.text()) as { result: string; error?: string; ticker: unknown };
      if (body.result !== "success") throw new Error(body.error);
      sink = body.ticker;
    };
    const sdk = async () => {
      sink = (await futures.getTicker({ symbol: "PF_XBTUSD" })).ticker;
    };
    await block(raw, 1500);
    await block(sdk, 1500);
    // Alternating blocks paired ABBA (as in rest.bench.ts) cancel the order effect and drift.
    const sdkTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let round = 0; round < 40; round++) {
      if (round % 2) {
        sdkTimes.push(await block(sdk, 100));
        rawTimes.push(await block(raw, 100));
      } else {
        rawTimes.push(await block(raw, 100));
        sdkTimes.push(await block(sdk, 100));
      }
    }
    const ratios: number[] = [];
    for (let i = 0; i + 1 < sdkTimes.length; i += 2) {
      ratios.push(
        ((sdkTimes[i] as number) + (sdkTimes[i + 1] as number)) /
          ((rawTimes[i] as number) + (rawTimes[i + 1] as number)),
      );
    }
    if (sink === undefined) throw new Error("no result");
    return {
      name: "futures: public call overhead",
      ratio: mid(ratios),
      baseline: "raw fetch + status check + JSON.parse + result check, same local server",
      detail: `${(mid(sdkTimes) * 1000).toFixed(0)} us vs ${(mid(rawTimes) * 1000).toFixed(0)} us per call, goal < 1.15x`,
    };
  } finally {
    server.close();
  }
}

/** Benchmarks of this file. */
export async function run() {
  return [await publicCall()];
}

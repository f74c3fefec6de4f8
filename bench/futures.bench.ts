// Derivatives benchmark (run by bench/run.mjs): KrakenFutures.getTicker() through the pipeline (exact
// decimals read) on its default Node transport vs node:http with a keep-alive agent and vs raw fetch, and
// with a `fetch` option vs raw fetch; each baseline does status check + JSON.parse + result check.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { KrakenFutures } from "../src/futures/client.js";
import { abba, block, rawFetch, rawNodeHttp } from "./pairs.js";

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
  // In Node the default transport is node:http; a `fetch` option forces the isomorphic fetch path.
  const futures = new KrakenFutures({ baseUrl: origin });
  const futuresFetch = new KrakenFutures({ baseUrl: origin, fetch: (input, init) => fetch(input, init) });
  const url = `${origin}/derivatives/api/v3/tickers/PF_XBTUSD`;
  let sink: unknown;
  // What a user would write without the SDK: the same URL, a status check, JSON.parse (losing
  // digits), and Kraken's result check.
  const unwrap = (b: unknown) => {
    const body = b as { result: string; error?: string; ticker: unknown };
    if (body.result !== "success") throw new Error(body.error);
    return body.ticker;
  };
  const fetchGet = rawFetch(url, {}, unwrap);
  const httpGet = rawNodeHttp(url, {}, unwrap);
  try {
    const raw = async () => {
      sink = await fetchGet();
    };
    const nodeHttp = async () => {
      sink = await httpGet.call();
    };
    const sdk = async () => {
      sink = (await futures.getTicker({ symbol: "PF_XBTUSD" })).ticker;
    };
    const sdkFetch = async () => {
      sink = (await futuresFetch.getTicker({ symbol: "PF_XBTUSD" })).ticker;
    };
    for (const side of [raw, sdk, nodeHttp, sdkFetch]) await block(side, 1500);
    const vsHttp = await abba(sdk, nodeHttp);
    const vsFetch = await abba(sdkFetch, raw);
    const defaultVsFetch = await abba(sdk, raw);
    if (sink === undefined) throw new Error("no result");
    return [
      {
        name: "futures: public call vs node:http",
        ratio: vsHttp.ratio,
        baseline: "node:http keep-alive agent + status check + JSON.parse + result check, same server",
        detail: `${vsHttp.detail}; Node transport`,
      },
      {
        name: "futures: public call (fetch) vs raw fetch",
        ratio: vsFetch.ratio,
        baseline: "raw fetch + status check + JSON.parse + result check, same local server",
        detail: `${vsFetch.detail}; \`fetch\` option given; goal < 1.15`,
      },
      {
        name: "futures: public call vs raw fetch",
        ratio: defaultVsFetch.ratio,
        baseline: "raw fetch + status check + JSON.parse + result check, same local server",
        detail: `${defaultVsFetch.detail}; Node transport; goal < 1.15`,
      },
    ];
  } finally {
    httpGet.close();
    server.closeAllConnections();
    server.close();
  }
}

/** Benchmarks of this file. */
export async function run() {
  return publicCall();
}

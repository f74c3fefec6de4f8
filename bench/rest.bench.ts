// REST benchmarks (run by bench/run.mjs): every figure is a ratio against a baseline in the same run.
// 1. signing: KrakenRest's signer (node:crypto behind `#runtime/hmac` in Node) vs node:crypto createHash + createHmac on the same input;
// 2. public call: rest.getServerTime() through the pipeline on its default Node transport vs a node:http
//    client with a keep-alive agent (how ccxt calls Kraken in Node) doing status check + JSON.parse +
//    reading error/result against the same local server, and with a `fetch` option (the isomorphic
//    path) vs a raw fetch doing the same.
import { createHash, createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Bench } from "tinybench";
import { createRequestSigner } from "../src/auth/sign.js";
import { KrakenRest } from "../src/rest/kraken-rest.js";
import { abba, block, rawFetch, rawNodeHttp } from "./pairs.js";

const SECRET = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
const PATH = "/0/private/AddOrder";
const NONCE = "1616492376594";
const BODY = "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25";

function median(bench: Bench, name: string): number {
  const task = bench.tasks.find((t) => t.name === name);
  const result = task?.result as { latency?: { p50?: number; mean: number } } | undefined;
  if (!result?.latency) throw new Error(`no result for ${name}`);
  return result.latency.p50 ?? result.latency.mean;
}

async function signing() {
  const signer = createRequestSigner(SECRET);
  const key = Buffer.from(SECRET, "base64");
  const bench = new Bench({ time: 1000, warmup: true });
  bench.add("sdk", async () => {
    await signer.sign(PATH, NONCE, BODY);
  });
  bench.add("node", () => {
    const inner = createHash("sha256")
      .update(NONCE + BODY, "utf8")
      .digest();
    createHmac("sha512", key)
      .update(Buffer.concat([Buffer.from(PATH, "utf8"), inner]))
      .digest("base64");
  });
  await bench.run();
  const sdk = median(bench, "sdk");
  const node = median(bench, "node");
  return {
    name: "rest: sign one request",
    ratio: sdk / node,
    baseline: "node:crypto createHmac, same input",
    detail: `${(sdk * 1000).toFixed(1)} us vs ${(node * 1000).toFixed(1)} us`,
  };
}

async function publicCall() {
  const payload = JSON.stringify({
    error: [],
    result: { unixtime: 1764070312, rfc1123: "Tue, 25 Nov 25 11:31:52 +0000" },
  });
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(payload);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // In Node the default transport is node:http; a `fetch` option forces the isomorphic fetch path.
  const rest = new KrakenRest({ baseUrl: origin });
  const restFetch = new KrakenRest({ baseUrl: origin, fetch: (input, init) => fetch(input, init) });
  const url = `${origin}/0/public/Time`;
  let sink: unknown;
  // What a user would write without the SDK for the same request: the same URL and User-Agent, a
  // status check, JSON.parse, and reading Kraken's `error` and `result`.
  const unwrap = (b: unknown) => {
    const body = b as { error: string[]; result: unknown };
    if (body.error.length > 0) throw new Error(body.error.join(", "));
    return body.result;
  };
  const headers = { "User-Agent": "kraken-connector" };
  const fetchGet = rawFetch(url, headers, unwrap);
  const httpGet = rawNodeHttp(url, headers, unwrap);
  try {
    const raw = async () => {
      sink = await fetchGet();
    };
    const nodeHttp = async () => {
      sink = await httpGet.call();
    };
    const sdk = async () => {
      sink = await rest.getServerTime();
    };
    const sdkFetch = async () => {
      sink = await restFetch.getServerTime();
    };
    // Warm up every side (JIT, connection pools) before measuring.
    for (const side of [raw, sdk, nodeHttp, sdkFetch]) await block(side, 1500);
    const vsHttp = await abba(sdk, nodeHttp);
    const vsFetch = await abba(sdkFetch, raw);
    if (sink === undefined) throw new Error("no result");
    return [
      {
        name: "rest: public call vs node:http keep-alive",
        ratio: vsHttp.ratio,
        baseline: "node:http keep-alive agent + status check + JSON.parse + error/result, same server",
        detail: `${vsHttp.detail}; Node transport; goal <= 1.0`,
      },
      {
        name: "rest: public call (fetch) vs raw fetch",
        ratio: vsFetch.ratio,
        baseline: "raw fetch + status check + JSON.parse + error/result, same local server",
        detail: `${vsFetch.detail}; \`fetch\` option given; goal <= 1.15`,
      },
    ];
  } finally {
    httpGet.close();
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

/** Entry point for bench/run.mjs. */
export async function run() {
  return [await signing(), ...(await publicCall())];
}

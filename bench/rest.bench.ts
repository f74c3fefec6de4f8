// REST benchmarks (run by bench/run.mjs): every figure is a ratio against a baseline in the same run.
// 1. signing: KrakenRest's signer (node:crypto behind `#runtime/hmac` in Node) vs node:crypto createHash + createHmac on the same input;
// 2. public call: rest.getServerTime() through the pipeline vs a raw fetch + status check + JSON.parse +
//    reading error/result against the same local server, and vs a node:http client with a keep-alive
//    agent (how ccxt calls Kraken in Node) doing the same.
import { createHash, createHmac } from "node:crypto";
import { Agent, createServer, get as httpGet } from "node:http";
import type { AddressInfo } from "node:net";
import { Bench } from "tinybench";
import { createRequestSigner } from "../src/auth/sign.js";
import { KrakenRest } from "../src/rest/kraken-rest.js";

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

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Wall time of `n` sequential calls, in ms per call. */
async function block(fn: () => Promise<void>, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return (performance.now() - start) / n;
}

/**
 * Loopback latency drifts a lot on a shared machine: measure short blocks in alternating order (A first
 * in even rounds, B first in odd ones) and take the median of the ratios of round pairs. Whichever side
 * runs first in a round measures slower (by up to 30% here), so pairing each A-first round with the
 * B-first round after it (ABBA) cancels the order effect and linear drift. Block means include the GC
 * work each side causes.
 */
async function abba(a: () => Promise<void>, b: () => Promise<void>) {
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  for (let round = 0; round < 40; round++) {
    if (round % 2) {
      aTimes.push(await block(a, 100));
      bTimes.push(await block(b, 100));
    } else {
      bTimes.push(await block(b, 100));
      aTimes.push(await block(a, 100));
    }
  }
  const ratios: number[] = [];
  for (let i = 0; i + 1 < aTimes.length; i += 2) {
    ratios.push(
      ((aTimes[i] as number) + (aTimes[i + 1] as number)) /
        ((bTimes[i] as number) + (bTimes[i + 1] as number)),
    );
  }
  return {
    ratio: mid(ratios),
    detail: `${(mid(aTimes) * 1000).toFixed(0)} us vs ${(mid(bTimes) * 1000).toFixed(0)} us; median of 20 ABBA round pairs`,
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
  const rest = new KrakenRest({ baseUrl: origin });
  const url = `${origin}/0/public/Time`;
  let sink: unknown;
  try {
    // What a user would write without the SDK for the same request: the same URL and User-Agent over
    // the same keep-alive pool, a status check, JSON.parse, and reading Kraken's `error` and `result`.
    const raw = async () => {
      const r = await fetch(url, { headers: { "User-Agent": "kraken-connector" } });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const body = JSON.parse(await r.text()) as { error: string[]; result: unknown };
      if (body.error.length > 0) throw new Error(body.error.join(", "));
      sink = body.result;
    };
    const sdk = async () => {
      sink = await rest.getServerTime();
    };
    // ccxt's kind of client: node:http with a keep-alive agent, the body collected and parsed.
    const agent = new Agent({ keepAlive: true });
    const nodeHttp = () =>
      new Promise<void>((ok, fail) => {
        const req = httpGet(url, { agent, headers: { "User-Agent": "kraken-connector" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            if ((res.statusCode ?? 0) >= 400) return fail(new Error(`HTTP ${res.statusCode}`));
            const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
              error: string[];
              result: unknown;
            };
            if (body.error.length > 0) return fail(new Error(body.error.join(", ")));
            sink = body.result;
            ok();
          });
          res.on("error", fail);
        });
        req.on("error", fail);
      });
    // Warm up every side (JIT, connection pools) before measuring.
    await block(raw, 1500);
    await block(sdk, 1500);
    await block(nodeHttp, 1500);
    const vsFetch = await abba(sdk, raw);
    const vsHttp = await abba(sdk, nodeHttp);
    agent.destroy();
    if (sink === undefined) throw new Error("no result");
    return [
      {
        name: "rest: public call overhead",
        ratio: vsFetch.ratio,
        baseline: "raw fetch + status check + JSON.parse + error/result, same local server",
        detail: `${vsFetch.detail}; goal < 1.15`,
      },
      {
        name: "rest: public call vs node:http keep-alive",
        ratio: vsHttp.ratio,
        baseline: "node:http keep-alive agent + status check + JSON.parse + error/result, same server",
        detail: `${vsHttp.detail}; goal <= 1.0 in Node`,
      },
    ];
  } finally {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

/** Entry point for bench/run.mjs. */
export async function run() {
  return [await signing(), ...(await publicCall())];
}

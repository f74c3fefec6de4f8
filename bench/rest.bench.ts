// REST benchmarks (run by bench/run.mjs): every figure is a ratio against a baseline in the same run.
// 1. signing: KrakenRest's signer (node:crypto behind `#runtime/hmac` in Node) vs node:crypto createHash + createHmac on the same input;
// 2. public call: rest.getServerTime() through the pipeline vs a raw fetch + status check + JSON.parse +
//    reading error/result against the same local server.
import { createHash, createHmac } from "node:crypto";
import { createServer } from "node:http";
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
    // Warm up both sides (JIT, connection pool) before measuring.
    await block(raw, 1500);
    await block(sdk, 1500);
    // Loopback latency drifts a lot on a shared machine: measure short blocks in alternating order
    // (raw first in even rounds, SDK first in odd ones) and take the median of the ratios of round
    // pairs. Block means include the GC work each side causes.
    const ratios: number[] = [];
    const sdkTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let round = 0; round < 40; round++) {
      let k: number;
      let r: number;
      if (round % 2) {
        k = await block(sdk, 100);
        r = await block(raw, 100);
      } else {
        r = await block(raw, 100);
        k = await block(sdk, 100);
      }
      sdkTimes.push(k);
      rawTimes.push(r);
    }
    // Whichever side runs first in a round measures slower (by up to 30% here), so a ratio per round is
    // bimodal and its median flips between the modes from run to run. Pair each raw-first round with
    // the SDK-first round after it (ABBA), which cancels the order effect and linear drift.
    for (let i = 0; i + 1 < sdkTimes.length; i += 2) {
      const k = (sdkTimes[i] as number) + (sdkTimes[i + 1] as number);
      const r = (rawTimes[i] as number) + (rawTimes[i + 1] as number);
      ratios.push(k / r);
    }
    if (sink === undefined) throw new Error("no result");
    return {
      name: "rest: public call overhead",
      ratio: mid(ratios),
      baseline: "raw fetch + status check + JSON.parse + error/result, same local server",
      detail: `${(mid(sdkTimes) * 1000).toFixed(0)} us vs ${(mid(rawTimes) * 1000).toFixed(0)} us; median of 20 ABBA round pairs; goal < 1.15`,
    };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

/** Entry point for bench/run.mjs. */
export async function run() {
  return [await signing(), await publicCall()];
}

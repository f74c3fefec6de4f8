import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { httpSender } from "#runtime/http";
import { runAttempt } from "../src/rest/attempt.js";
import { KrakenRest } from "../src/rest/kraken-rest.js";
import { rawNodeHttp } from "./pairs.js";

async function cpuBlock(fn: () => Promise<void>, n: number) {
  const s = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const d = process.cpuUsage(s);
  return (d.user + d.system) / n;
}
export async function run() {
  const payload = JSON.stringify({
    error: [],
    result: { unixtime: 1764070312, rfc1123: "Tue, 25 Nov 25 11:31:52 +0000" },
  });
  const server = createServer((_q, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(payload);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rest = new KrakenRest({ baseUrl: origin });
  const h = rawNodeHttp(
    `${origin}/0/public/Time`,
    { "User-Agent": "kraken-connector" },
    (b) => (b as { result: unknown }).result,
  );
  const send = httpSender(undefined);
  const url = `${origin}/0/public/Time`;
  const td = new TextDecoder();
  const mode = process.env.ZZ;
  const a =
    mode === "send"
      ? async () => {
          const r = await send({
            method: "GET",
            url,
            headers: { "User-Agent": "kraken-connector" },
            body: undefined,
            signal: new AbortController().signal,
            maxBytes: 1e6,
          });
          JSON.parse(td.decode(r.body));
        }
      : mode === "attempt"
        ? async () => {
            const r = await runAttempt({
              send,
              url,
              method: "GET",
              headers: { "User-Agent": "kraken-connector" },
              timeoutMs: 1000,
              signal: undefined,
              operationId: "x",
              attempt: 1,
            });
            JSON.parse((r as { text: string }).text);
          }
        : async () => {
            await rest.getServerTime();
          };
  const b = async () => {
    await h.call();
  };
  await cpuBlock(a, 2000);
  await cpuBlock(b, 2000);
  const ra: number[] = [];
  const rb: number[] = [];
  for (let i = 0; i < 60; i++) {
    if (i % 2) {
      ra.push(await cpuBlock(a, 300));
      rb.push(await cpuBlock(b, 300));
    } else {
      rb.push(await cpuBlock(b, 300));
      ra.push(await cpuBlock(a, 300));
    }
  }
  const med = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1] as number;
  const rs = ra.map((x, i) => x / (rb[i] as number));
  h.close();
  server.closeAllConnections();
  server.close();
  return [
    {
      name: "cpu sdk vs http",
      ratio: med(rs),
      baseline: "cpu",
      detail: `${med(ra).toFixed(1)} vs ${med(rb).toFixed(1)} us cpu`,
    },
  ];
}

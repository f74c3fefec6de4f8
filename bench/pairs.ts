// Shared by the REST benchmarks: ABBA-paired timing and the two baseline clients (raw fetch and
// node:http with a keep-alive agent, how ccxt calls Kraken in Node).
import { Agent, get as httpGet } from "node:http";

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Wall time of `n` sequential calls, in ms per call. */
export async function block(fn: () => Promise<void>, n: number): Promise<number> {
  return (await timed(fn, n)).wall;
}

/** Wall and process CPU time (user + system, server included) of `n` sequential calls, in ms per call. */
async function timed(fn: () => Promise<void>, n: number): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const wall = (performance.now() - start) / n;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 / n };
}

/** Median over round pairs of (A round i + A round i+1) / (B round i + B round i+1). */
function pairRatios(a: number[], b: number[]): number {
  const ratios: number[] = [];
  for (let i = 0; i + 1 < a.length; i += 2) {
    ratios.push(((a[i] as number) + (a[i + 1] as number)) / ((b[i] as number) + (b[i + 1] as number)));
  }
  return mid(ratios);
}

/**
 * Loopback latency drifts a lot on a shared machine: measure short blocks in alternating order (A first
 * in even rounds, B first in odd ones) and take the median of the ratios of round pairs. Whichever side
 * runs first in a round measures slower (by up to 30% here), so pairing each A-first round with the
 * B-first round after it (ABBA) cancels the order effect and linear drift. Block means include the GC
 * work each side causes.
 */
export async function abba(a: () => Promise<void>, b: () => Promise<void>) {
  const aTimes: Array<{ wall: number; cpu: number }> = [];
  const bTimes: Array<{ wall: number; cpu: number }> = [];
  for (let round = 0; round < 40; round++) {
    if (round % 2) {
      aTimes.push(await timed(a, 100));
      bTimes.push(await timed(b, 100));
    } else {
      bTimes.push(await timed(b, 100));
      aTimes.push(await timed(a, 100));
    }
  }
  const wall = (xs: Array<{ wall: number }>) => xs.map((x) => x.wall);
  const cpu = (xs: Array<{ cpu: number }>) => xs.map((x) => x.cpu);
  const cpuRatio = pairRatios(cpu(aTimes), cpu(bTimes));
  return {
    ratio: pairRatios(wall(aTimes), wall(bTimes)),
    cpuRatio,
    detail: `${(mid(wall(aTimes)) * 1000).toFixed(0)} us vs ${(mid(wall(bTimes)) * 1000).toFixed(0)} us wall, CPU ${cpuRatio.toFixed(2)}x; median of 20 ABBA round pairs`,
  };
}

/** What a client without the SDK does with a body: parse it and hand back the part that matters. */
export type Unwrap = (body: unknown) => unknown;

/** A raw fetch GET: status check, JSON.parse, `unwrap`. */
export function rawFetch(url: string, headers: Record<string, string>, unwrap: Unwrap) {
  return async (): Promise<unknown> => {
    const r = await fetch(url, { headers });
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return unwrap(JSON.parse(await r.text()));
  };
}

/** A node:http GET over a keep-alive agent: body collected, status check, JSON.parse, `unwrap`. */
export function rawNodeHttp(url: string, headers: Record<string, string>, unwrap: Unwrap) {
  const agent = new Agent({ keepAlive: true });
  const call = () =>
    new Promise<unknown>((ok, fail) => {
      const req = httpGet(url, { agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          if ((res.statusCode ?? 0) >= 400) return fail(new Error(`HTTP ${res.statusCode}`));
          try {
            ok(unwrap(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
          } catch (error) {
            fail(error);
          }
        });
        res.on("error", fail);
      });
      req.on("error", fail);
    });
  return { call, close: () => agent.destroy() };
}

// Shared by the REST benchmarks: ABBA-paired timing and the two baseline clients (raw fetch and
// node:http with a keep-alive agent, how ccxt calls Kraken in Node).
import { Agent, get as httpGet } from "node:http";

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Wall time of `n` sequential calls, in ms per call. */
export async function block(fn: () => Promise<void>, n: number): Promise<number> {
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
export async function abba(a: () => Promise<void>, b: () => Promise<void>) {
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

// Shared by the WebSocket benches: a WebSocket server in a child process (so its CPU is not the
// client's) that a bench scripts to write a whole feed as one pre-encoded buffer right after the
// subscribe ack, which makes the client the bottleneck; the cost of one client round; ABBA rounds.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

/** What one client round cost: wall time and this process's CPU time, in ms. */
export interface Cost {
  ms: number;
  cpuMs: number;
}

/** Starts timing a round; the returned function stops it. */
export function measure(): () => Cost {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { ms, cpuMs: (c.user + c.system) / 1000 };
  };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * After `warmups` rounds of each, `pairs` ABBA groups (raw, sdk, sdk, raw): each raw/sdk pair sees the
 * same drift in both orders. Returns the rounds in pair order (raw[i] goes with sdk[i]).
 */
export async function abbaRounds(
  raw: () => Promise<Cost>,
  sdk: () => Promise<Cost>,
  pairs: number,
  warmups = 2,
): Promise<{ raw: Cost[]; sdk: Cost[] }> {
  for (let i = 0; i < warmups; i++) {
    await raw();
    await sdk();
  }
  const out = { raw: [] as Cost[], sdk: [] as Cost[] };
  for (let i = 0; i < pairs; i++) {
    const r1 = await raw();
    const s1 = await sdk();
    const s2 = await sdk();
    const r2 = await raw();
    out.raw.push(r1, r2);
    out.sdk.push(s1, s2);
  }
  return out;
}

/**
 * Runs `script` in a child Node process where `wss` (a `ws` WebSocketServer on 127.0.0.1) and
 * `encode(text)` (an unmasked server-to-client text frame as a Buffer) are defined; the script adds
 * the connection handler. Resolves with the server's URL and a `close` that ends the child.
 */
export function startFrameServer(script: string): Promise<{ url: string; close(): void }> {
  const wsPath = createRequire(import.meta.url).resolve("ws");
  const code = `
const { WebSocketServer } = require(${JSON.stringify(wsPath)});
// 0x81, then a 7-bit, 126 + 16-bit or 127 + 64-bit length, then the payload
const encode = (text) => {
  const payload = Buffer.from(text);
  const n = payload.length;
  const head = n < 126 ? Buffer.from([0x81, n]) : n < 65536 ? Buffer.from([0x81, 126, n >> 8, n & 255])
    : Buffer.concat([Buffer.from([0x81, 127, 0, 0, 0, 0]), Buffer.from([n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255])]);
  return Buffer.concat([head, payload]);
};
const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
wss.on("listening", () => process.stdout.write(wss.address().port + "\\n"));
process.stdin.on("end", () => process.exit(0)); // the parent is gone
process.stdin.resume();
${script}`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["pipe", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (status) => reject(new Error(`bench server exited (${status})`)));
    child.stdout?.once("data", (d: Buffer) =>
      resolve({
        url: `ws://127.0.0.1:${Number.parseInt(String(d), 10)}`,
        close: () => {
          child.removeAllListeners("exit");
          child.kill();
        },
      }),
    );
  });
}

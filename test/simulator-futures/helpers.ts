// Test helpers for the Derivatives venue: a small Authent signer and raw loopback calls.
import { createHash, createHmac } from "node:crypto";
import { DEMO_FUTURES_API_KEY, DEMO_FUTURES_API_SECRET } from "../../src/testing/index.js";

/** Kraken's Authent, written here independently of the simulator's own. */
export function authent(
  postData: string,
  nonce: string,
  path: string,
  secret = DEMO_FUTURES_API_SECRET,
): string {
  const endpointPath = path.startsWith("/derivatives") ? path.slice("/derivatives".length) : path;
  const digest = createHash("sha256")
    .update(postData + nonce + endpointPath)
    .digest();
  return createHmac("sha512", Buffer.from(secret, "base64")).update(digest).digest("base64");
}

let counter = Date.now() * 1000;
/** A strictly increasing nonce. */
export function nextNonce(): string {
  counter += 1;
  return String(counter);
}

/** An answer: status, exact text, and its parse (numbers as doubles, for shape checks only). */
export interface Answer {
  readonly status: number;
  readonly text: string;
  // biome-ignore lint/suspicious/noExplicitAny: test access to arbitrary answer shapes
  readonly body: any;
}

async function answer(r: Response): Promise<Answer> {
  const text = await r.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: r.status, text, body };
}

/** A public call. */
export async function pub(origin: string, path: string, query: Record<string, string> = {}): Promise<Answer> {
  const qs = new URLSearchParams(query).toString();
  return answer(await fetch(`${origin}${path}${qs ? `?${qs}` : ""}`));
}

/** Options of a signed call. */
export interface SignedOptions {
  readonly key?: string;
  readonly secret?: string;
  readonly nonce?: string | null;
  /** Send the parameters in the query string even for POST/PUT. */
  readonly inQuery?: boolean;
  /** Raw encoded parameters (instead of URLSearchParams encoding). */
  readonly raw?: string;
}

/** A signed call: GET/DELETE parameters in the query, POST/PUT in a form body (unless `inQuery`). */
export async function signed(
  origin: string,
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  params: Record<string, string> = {},
  options: SignedOptions = {},
): Promise<Answer> {
  const data = options.raw ?? new URLSearchParams(params).toString();
  const nonce = options.nonce === null ? undefined : (options.nonce ?? nextNonce());
  const headers: Record<string, string> = {
    APIKey: options.key ?? DEMO_FUTURES_API_KEY,
    Authent: authent(data, nonce ?? "", path, options.secret),
  };
  if (nonce !== undefined) headers.Nonce = nonce;
  const inQuery = method === "GET" || method === "DELETE" || options.inQuery === true;
  if (!inQuery) headers["content-type"] = "application/x-www-form-urlencoded";
  const url = `${origin}${path}${inQuery && data ? `?${data}` : ""}`;
  return answer(await fetch(url, { method, headers, ...(inQuery ? {} : { body: data }) }));
}

/** A clock the test drives: `advance(ms)` moves time and runs due timers in order. */
export function manualClock(start = Date.UTC(2026, 11, 7, 3, 0, 0)) {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => {
      seq += 1;
      timers.set(seq, { at: now + Math.max(0, ms), fn });
      return seq;
    },
    clearTimeout: (h: unknown) => {
      timers.delete(h as number);
    },
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        let next: [number, { at: number; fn: () => void }] | undefined;
        for (const e of timers) if (e[1].at <= end && (!next || e[1].at < next[1].at)) next = e;
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
    },
  };
}

/** Paths of the trading API. */
export const V3 = "/derivatives/api/v3";

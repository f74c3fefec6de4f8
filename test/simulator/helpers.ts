import { createHash, createHmac } from "node:crypto";
import { DEMO_API_KEY, DEMO_API_SECRET } from "../../src/testing/index.js";

let lastNonce = 0n;

/** A fresh strictly increasing nonce (microseconds-ish). */
export function nextNonce(): string {
  const now = BigInt(Date.now()) * 1000n;
  lastNonce = now > lastNonce ? now : lastNonce + 1n;
  return lastNonce.toString();
}

/** Kraken's API-Sign computed independently of the simulator's code. */
export function sign(path: string, nonce: string, body: string, secret: string): string {
  const inner = createHash("sha256")
    .update(nonce + body)
    .digest();
  return createHmac("sha512", Buffer.from(secret, "base64"))
    .update(Buffer.concat([Buffer.from(path), inner]))
    .digest("base64");
}

export interface CallOptions {
  readonly key?: string;
  readonly secret?: string;
  readonly nonce?: string;
  readonly json?: boolean;
  /** Replace the computed signature. */
  readonly signature?: string;
}

/** POSTs a signed private call; returns the parsed envelope. */
export async function privateCall(
  restUrl: string,
  method: string,
  params: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<{ error: string[]; result?: unknown }> {
  const res = await privateRaw(restUrl, method, params, options);
  return (await res.json()) as { error: string[]; result?: unknown };
}

/** POSTs a signed private call and returns the raw Response. */
export async function privateRaw(
  restUrl: string,
  method: string,
  params: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<Response> {
  const path = `/0/private/${method}`;
  const nonce = options.nonce ?? nextNonce();
  let body: string;
  if (options.json) body = JSON.stringify({ nonce, ...params });
  else {
    const form = new URLSearchParams({ nonce });
    for (const [k, v] of Object.entries(params)) form.set(k, String(v));
    body = form.toString();
  }
  const secret = options.secret ?? DEMO_API_SECRET;
  return fetch(restUrl + path, {
    method: "POST",
    headers: {
      "content-type": options.json ? "application/json" : "application/x-www-form-urlencoded",
      "api-key": options.key ?? DEMO_API_KEY,
      "api-sign": options.signature ?? sign(path, nonce, body, secret),
    },
    body,
  });
}

/** GETs a public endpoint. */
export async function publicCall(
  restUrl: string,
  method: string,
  query: Record<string, string> = {},
): Promise<{ error: string[]; result?: unknown }> {
  const qs = new URLSearchParams(query).toString();
  const res = await fetch(`${restUrl}/0/public/${method}${qs ? `?${qs}` : ""}`);
  return (await res.json()) as { error: string[]; result?: unknown };
}

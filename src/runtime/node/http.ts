// Kraken REST over node:http with keep-alive, chosen by the `node` condition of `#runtime/http`. It
// exists because fetch (undici) cost 2.4x a node:http keep-alive client per public call in Node 20
// (198 us vs 86 us on loopback); fetch stays the path when the caller passes one, and in Bun.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { fetchSender, globalFetch } from "../fetch-sender.js";
import {
  type HttpAnswer,
  type HttpExchange,
  type HttpHeaders,
  type HttpSender,
  isRedirect,
} from "../http-types.js";

export type { HttpSender } from "../http-types.js";

// Idle sockets are closed after 4 s (as undici does), before a server's own keep-alive timeout
// can close one under a request being written.
const agents = {
  "http:": new HttpAgent({ keepAlive: true, timeout: 4_000 }),
  "https:": new HttpsAgent({ keepAlive: true, timeout: 4_000 }),
};

/**
 * The `Headers` subset the attempt uses, read straight from node:http's raw name/value list (building
 * the lower-cased header object costs more than the few lookups a call makes).
 */
class NodeHeaders implements HttpHeaders {
  readonly #raw: string[];
  constructor(raw: string[]) {
    this.#raw = raw;
  }
  get(name: string): string | null {
    const raw = this.#raw;
    const wanted = name.toLowerCase();
    let found: string | null = null;
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const key = raw[i] as string;
      if (key.length === wanted.length && key.toLowerCase() === wanted)
        found = found === null ? (raw[i + 1] as string) : `${found}, ${raw[i + 1]}`;
    }
    return found;
  }
  *[Symbol.iterator](): Iterator<[string, string]> {
    const seen = new Set<string>();
    for (let i = 0; i < this.#raw.length; i += 2) {
      const name = (this.#raw[i] as string).toLowerCase();
      if (!seen.has(name)) yield [name, this.get(name) as string];
      seen.add(name);
    }
  }
}

function decoder(encoding: string | undefined) {
  if (encoding === undefined) return undefined;
  if (encoding === "gzip" || encoding === "x-gzip") return createGunzip();
  if (encoding === "deflate") return createInflate();
  if (encoding === "br") return createBrotliDecompress();
  return undefined;
}

/** Where an origin's requests go, parsed once per origin (a client talks to one or two). */
interface Target {
  protocol: string;
  hostname: string;
  port: string;
  agent: HttpAgent;
  request: typeof httpRequest;
}
const targets = new Map<string, Target>();

function targetOf(url: string): { target: Target; path: string } {
  const slash = url.indexOf("/", url.indexOf("//") + 2);
  const origin = slash < 0 ? url : url.slice(0, slash);
  let target = targets.get(origin);
  if (!target) {
    const { protocol, hostname, port } = new URL(origin);
    const secure = protocol === "https:";
    target = {
      protocol,
      hostname,
      port,
      agent: secure ? agents["https:"] : agents["http:"],
      request: secure ? httpsRequest : httpRequest,
    };
    if (targets.size < 64) targets.set(origin, target);
  }
  return { target, path: slash < 0 ? "/" : url.slice(slash) };
}

/** The node:http {@link HttpSender}: one keep-alive pool per protocol, the body read within its cap. */
const nodeSend: HttpSender = (x: HttpExchange) =>
  new Promise<HttpAnswer>((resolve, reject) => {
    const { target, path } = targetOf(x.url);
    const headers = x.headers;
    if (x.body !== undefined) headers["Content-Length"] = String(Buffer.byteLength(x.body));
    const request = target.request({
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      path,
      method: x.method,
      headers,
      agent: target.agent,
    });
    let response: IncomingMessage | undefined;
    let settled = false;
    const { signal } = x;
    const settle = (error: unknown, answer?: HttpAnswer) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      if (error === undefined) resolve(answer as HttpAnswer);
      else reject(error);
    };
    // Destroying the request drops the connection: nothing more is sent or received on it.
    const drop = () => {
      request.destroy();
      response?.destroy();
    };
    const onAbort = () => {
      settle(signal.reason ?? new Error("aborted"));
      drop();
    };
    signal.addEventListener("abort", onAbort);
    request.on("error", (error) => settle(error));
    request.on("response", (res) => {
      response = res;
      const status = res.statusCode ?? 0;
      const headers = new NodeHeaders(res.rawHeaders);
      const answer: HttpAnswer = { status, statusText: res.statusMessage ?? "", headers, body: undefined };
      if (isRedirect(status) || Number(headers.get("content-length")) > x.maxBytes) {
        settle(undefined, answer);
        return drop();
      }
      const unzip = decoder(headers.get("content-encoding") ?? undefined);
      const stream = unzip ? res.pipe(unzip) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > x.maxBytes) {
          settle(undefined, answer);
          unzip?.destroy();
          return drop();
        }
        chunks.push(chunk);
      });
      stream.on("end", () => {
        if (settled) return; // cut off at the cap: an end already buffered must not fill the body in
        answer.body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
        settle(undefined, answer);
      });
      // node:http fails the response with ECONNRESET when the connection closes before its end.
      stream.on("error", (error) => settle(error));
      if (unzip) res.on("error", (error) => settle(error));
    });
    request.end(x.body);
  });

/** Bun runs this build too, but its fetch is its fast path. */
const bun = "Bun" in globalThis;

/** The sender for a client: over the caller's `fetch` when given (or in Bun), else node:http. */
export function httpSender(userFetch: typeof fetch | undefined): HttpSender {
  if (userFetch) return fetchSender(userFetch);
  if (bun) return fetchSender(globalFetch);
  return nodeSend;
}

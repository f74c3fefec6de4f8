// Kraken REST over node:http with keep-alive, chosen by the `node` condition of `#runtime/http`. It
// exists because fetch (undici) cost 2.4x a node:http keep-alive client per public call in Node 20
// (198 us vs 86 us on loopback); fetch stays the path when the caller passes one, and in Bun.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { fetchSender } from "../fetch-sender.js";
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

/** node:http's lower-cased header object, read through the `Headers` subset the attempt uses. */
class NodeHeaders implements HttpHeaders {
  readonly #raw: IncomingMessage["headers"];
  constructor(raw: IncomingMessage["headers"]) {
    this.#raw = raw;
  }
  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  }
  *[Symbol.iterator](): Iterator<[string, string]> {
    for (const name of Object.keys(this.#raw)) yield [name, this.get(name) as string];
  }
}

function decoder(encoding: string | undefined) {
  if (encoding === "gzip" || encoding === "x-gzip") return createGunzip();
  if (encoding === "deflate") return createInflate();
  if (encoding === "br") return createBrotliDecompress();
  return undefined;
}

/** The node:http {@link HttpSender}: one keep-alive pool per protocol, the body read within its cap. */
const nodeSend: HttpSender = (x: HttpExchange) =>
  new Promise<HttpAnswer>((resolve, reject) => {
    const url = new URL(x.url);
    // Compressed answers are accepted as fetch accepts them (and decoded below, within the cap).
    const headers: Record<string, string> = { ...x.headers, "Accept-Encoding": "gzip, deflate, br" };
    if (x.body !== undefined) headers["Content-Length"] = String(Buffer.byteLength(x.body));
    const secure = url.protocol === "https:";
    const request = (secure ? httpsRequest : httpRequest)({
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      method: x.method,
      headers,
      agent: secure ? agents["https:"] : agents["http:"],
    });
    let response: IncomingMessage | undefined;
    let settled = false;
    const settle = (error: unknown, answer?: HttpAnswer) => {
      if (settled) return;
      settled = true;
      x.signal.removeEventListener("abort", onAbort);
      if (error === undefined) resolve(answer as HttpAnswer);
      else reject(error);
    };
    // Destroying the request drops the connection: nothing more is sent or received on it.
    const drop = (error?: Error) => {
      request.destroy(error);
      response?.destroy();
    };
    const onAbort = () => {
      settle(x.signal.reason ?? new Error("aborted"));
      drop();
    };
    x.signal.addEventListener("abort", onAbort);
    request.on("error", (error) => settle(error));
    request.on("response", (res) => {
      response = res;
      const status = res.statusCode ?? 0;
      const answer: HttpAnswer = {
        status,
        statusText: res.statusMessage ?? "",
        headers: new NodeHeaders(res.headers),
        body: undefined,
      };
      if (isRedirect(status) || Number(res.headers["content-length"]) > x.maxBytes) {
        settle(undefined, answer);
        return drop();
      }
      const unzip = decoder(res.headers["content-encoding"]);
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
      stream.on("error", (error) => settle(error));
      // A connection closed before the body's end (node:http reports it as an "aborted" close).
      res.on("close", () => {
        if (!res.complete)
          settle(Object.assign(new Error("connection closed mid-body"), { code: "ECONNRESET" }));
      });
      if (unzip) res.on("error", (error) => settle(error));
    });
    request.end(x.body);
  });

/** Bun runs this build too, but its fetch is its fast path. */
const bun = "Bun" in globalThis;

/** The sender for a client: over the caller's `fetch` when given (or in Bun), else node:http. */
export function httpSender(userFetch: typeof fetch | undefined): HttpSender {
  if (userFetch) return fetchSender(userFetch);
  if (bun)
    return fetchSender((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  return nodeSend;
}

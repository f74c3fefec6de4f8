// One request on a link: send it with a `req_id`, collect its answers, resend once after a token refusal.
import { KrakenWsConnectionError, KrakenWsTimeoutError } from "../../errors/ws.js";
import { withDeadline } from "../../util/abort.js";
import type { ConnectionName } from "../connection/connection.js";
import { encodeRequest } from "./encode.js";
import type { Link } from "./link.js";
import type { ResolvedWsOptions } from "./options.js";
import type { RequestSpec, WsResponse } from "./requests.js";
import type { TokenSource } from "./token-source.js";

const TOKEN_ERROR = /token|session/i;

/** The error of every call on a closed client. */
export const closedError = (connection: ConnectionName): KrakenWsConnectionError =>
  new KrakenWsConnectionError("client is closed", { connection, retryable: false });

/** What a request needs of the client that sends it. */
export interface RequestContext {
  readonly o: ResolvedWsOptions;
  readonly tokens: TokenSource;
  /** The link of a connection, created on first use. */
  link(name: ConnectionName): Link;
  /** The next `req_id` (shared with the pings, so ids never repeat on a socket). */
  nextReqId(): number;
  isClosed(): boolean;
}

/**
 * Sends one request and collects `spec.expected` answers by `req_id`. Private requests carry the token;
 * when Kraken rejects every answer for the token, a fresh one is fetched and the request is sent once
 * more (Kraken refused it, so resending cannot duplicate anything).
 */
export async function sendRequest(
  ctx: RequestContext,
  name: ConnectionName,
  method: string,
  params: Record<string, unknown> | undefined,
  spec: RequestSpec,
): Promise<WsResponse[]> {
  const { o, tokens } = ctx;
  const link = ctx.link(name);
  const timeoutMs = spec.timeoutMs ?? o.requestTimeoutMs;
  if (name !== "public" && !o.getToken) await tokens.get(); // the config error, before dialling
  for (let attempt = 0; ; attempt++) {
    await openWithin(ctx, link, o.policy.connectTimeoutMs + timeoutMs, spec.signal);
    const p = params ? { ...params } : undefined;
    if (p && name !== "public") p.token = await tokens.get();
    spec.signal?.throwIfAborted();
    const reqId = ctx.nextReqId();
    const unanswered = spec.unanswered ?? (() => new KrakenWsTimeoutError(method, timeoutMs, "unknown"));
    const tracked = link.requests.track(reqId, {
      method,
      timeoutMs,
      accepts: spec.accepts,
      complete: (rs) =>
        rs.length >= spec.expected || (spec.completeEarly?.(rs[rs.length - 1] as WsResponse) ?? false),
      onTimeout: () => unanswered("timeout"),
      onDrop: (cause) => unanswered("socket closed before the answer", cause),
    });
    const onAbort = () => link.requests.cancel(reqId, unanswered("aborted", spec.signal?.reason), true);
    spec.signal?.addEventListener("abort", onAbort, { once: true });
    try {
      try {
        link.conn.send(encodeRequest(p ? { method, params: p, req_id: reqId } : { method, req_id: reqId }));
      } catch (e) {
        link.requests.cancel(reqId, e); // never sent: the caller may retry safely
      }
      const responses = await tracked;
      const tokenRejected =
        name !== "public" &&
        responses.every((r) => r.success !== true) &&
        responses.some((r) => TOKEN_ERROR.test(String(r.error)));
      if (attempt === 0 && tokenRejected) {
        tokens.rejected();
        continue;
      }
      return responses;
    } finally {
      spec.signal?.removeEventListener("abort", onAbort);
    }
  }
}

/** Opens the link's socket if it is not open, within `ms`. */
async function openWithin(ctx: RequestContext, link: Link, ms: number, signal?: AbortSignal): Promise<void> {
  if (link.conn.state === "open") return;
  if (ctx.isClosed()) throw closedError(link.name);
  await withDeadline(
    link.conn.open(),
    ms,
    () =>
      new KrakenWsConnectionError(`${link.name}: not connected within ${ms} ms`, {
        connection: link.name,
        code: "ws_connect_timeout",
      }),
    signal,
  );
}

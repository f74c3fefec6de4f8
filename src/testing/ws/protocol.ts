/**
 * Kraken WebSocket v2 response envelopes and the exact error strings the simulator answers with.
 * Responses list their members in Kraken's order (error, method, req_id, result, success, symbol,
 * time_in, time_out) as in the reference examples.
 */
import type { WsConnection } from "./connection.js";
import { int, type JsonValue, writeJson } from "./json.js";
import { rfc3339Micro } from "./time.js";

/** Error strings, as documented or observed on Kraken's WS v2 (websocket-v2.md §4.2). */
export const WsErrors = {
  pairNotSupported: (symbol: string) => `Currency pair not supported ${symbol}`,
  channelInvalid: "Subscription name invalid",
  symbolsNotFound: "Symbol(s) not found",
  unsupportedField: (name: string) => `Unsupported field: '${name}'`,
  invalidArguments: "EGeneral:Invalid arguments",
  alreadySubscribed: "Already subscribed",
  notSubscribed: "Subscription Not Found",
  invalidToken: "EAPI:Invalid token",
  methodNotFound: "Method not found",
  malformed: "EGeneral:Invalid arguments:Malformed request",
  tooManyRequests: "EGeneral:Too many requests",
  invalidOrder: "EOrder:Invalid order",
  unavailable: "EService:Unavailable",
  cancelOnly: "EService:Market in cancel_only mode",
  postOnly: "EService:Market in post_only mode",
} as const;

/** What a request looked like, for echoing `method` and `req_id` into its response(s). */
export interface RequestInfo {
  readonly method: string;
  /** Echoed exactly (may exceed 2^53, so kept as its source text). */
  readonly reqId?: string;
  /** Receive time (unix ms) for `time_in`. */
  readonly timeIn: number;
}

/** Writes and sends one response frame. */
export function respond(
  conn: WsConnection,
  req: RequestInfo,
  now: number,
  outcome: { result?: JsonValue; error?: string; symbol?: string; method?: string },
): void {
  const frame: { [k: string]: JsonValue } = {};
  if (outcome.error !== undefined) frame.error = outcome.error;
  frame.method = outcome.method ?? req.method;
  if (req.reqId !== undefined) frame.req_id = int(req.reqId);
  if (outcome.result !== undefined) frame.result = outcome.result;
  frame.success = outcome.error === undefined;
  if (outcome.symbol !== undefined) frame.symbol = outcome.symbol;
  frame.time_in = rfc3339Micro(req.timeIn);
  frame.time_out = rfc3339Micro(now);
  conn.send(writeJson(frame));
}

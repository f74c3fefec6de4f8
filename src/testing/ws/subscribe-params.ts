/**
 * Validation of `subscribe`/`unsubscribe` params per channel, with Kraken's error strings. The
 * result is a normalised request the channel handlers act on; per-symbol checks happen later so
 * that every symbol gets its own ack or error.
 */
import type { EndpointKind } from "./connection.js";
import { WsErrors } from "./protocol.js";

/** Channels and the endpoint that serves each. */
export const CHANNEL_ENDPOINT: Readonly<Record<string, EndpointKind>> = {
  ticker: "public",
  book: "public",
  trade: "public",
  ohlc: "public",
  instrument: "public",
  executions: "auth",
  balances: "auth",
  level3: "level3",
};

const COMMON = ["channel", "snapshot", "req_id"];
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  ticker: [...COMMON, "symbol", "event_trigger"],
  book: [...COMMON, "symbol", "depth"],
  trade: [...COMMON, "symbol"],
  ohlc: [...COMMON, "symbol", "interval"],
  instrument: [...COMMON, "execution_venue", "include_tokenized_assets"],
  executions: [
    ...COMMON,
    "token",
    "snap_orders",
    "snap_trades",
    "order_status",
    "ratecounter",
    "rebased",
    "users",
    "snapshot_trades",
  ],
  balances: [...COMMON, "token", "rebased", "users"],
  level3: [...COMMON, "symbol", "depth", "token"],
};

/** Allowed `book` depths. */
export const BOOK_DEPTHS = [10, 25, 100, 500, 1000] as const;
/** Allowed `level3` depths. */
export const L3_DEPTHS = [10, 100, 1000] as const;
/** Allowed `ohlc` intervals in minutes. */
export const OHLC_INTERVALS = [1, 5, 15, 30, 60, 240, 1440, 10080, 21600] as const;

/** A validated subscribe/unsubscribe request. */
export interface SubscribeRequest {
  readonly channel: string;
  readonly symbols?: readonly string[];
  readonly depth?: number;
  readonly interval?: number;
  readonly eventTrigger?: "bbo" | "trades";
  readonly snapshot: boolean;
  readonly token?: string;
  readonly snapOrders: boolean;
  readonly snapTrades: boolean;
  readonly orderStatus: boolean;
  /** Warnings for deprecated fields, echoed in the ack. */
  readonly warnings: readonly string[];
}

const isBool = (v: unknown): v is boolean | undefined => v === undefined || typeof v === "boolean";

/** Validates params for `endpoint`; returns the request or the Kraken error string. */
export function parseSubscribeParams(
  params: unknown,
  endpoint: EndpointKind,
  unsubscribe: boolean,
): SubscribeRequest | { error: string } {
  if (typeof params !== "object" || params === null || Array.isArray(params)) {
    return { error: WsErrors.invalidArguments };
  }
  const p = params as Record<string, unknown>;
  const channel = p.channel;
  if (typeof channel !== "string") return { error: WsErrors.invalidArguments };
  // Kraken's Rust SDK observed exactly this answer to a `status`/`heartbeat` subscribe.
  if (channel === "status" || channel === "heartbeat") return { error: WsErrors.symbolsNotFound };
  const home = CHANNEL_ENDPOINT[channel];
  if (home === undefined || home !== endpoint) return { error: WsErrors.channelInvalid };
  const allowed = ALLOWED[channel]!;
  for (const key of Object.keys(p)) {
    if (!allowed.includes(key)) return { error: WsErrors.unsupportedField(key) };
  }
  const warnings: string[] = [];
  let symbols: string[] | undefined;
  if (allowed.includes("symbol")) {
    const s = p.symbol;
    if (!Array.isArray(s) || s.length === 0 || !s.every((x) => typeof x === "string" && x.length > 0)) {
      return { error: WsErrors.invalidArguments };
    }
    symbols = s as string[];
  }
  let depth: number | undefined;
  if (channel === "book" || channel === "level3") {
    const allowedDepths: readonly number[] = channel === "book" ? BOOK_DEPTHS : L3_DEPTHS;
    depth = p.depth === undefined ? 10 : (p.depth as number);
    if (!allowedDepths.includes(depth)) return { error: WsErrors.invalidArguments };
  }
  let interval: number | undefined;
  if (channel === "ohlc") {
    interval = p.interval as number;
    if (!(OHLC_INTERVALS as readonly number[]).includes(interval))
      return { error: WsErrors.invalidArguments };
    if (!unsubscribe) warnings.push("timestamp is deprecated, use interval_begin");
  }
  let eventTrigger: "bbo" | "trades" | undefined;
  if (channel === "ticker") {
    const t = p.event_trigger ?? "trades";
    if (t !== "bbo" && t !== "trades") return { error: WsErrors.invalidArguments };
    eventTrigger = t;
  }
  if (channel === "instrument" && !unsubscribe) warnings.push("tick_size is deprecated, use price_increment");
  for (const b of ["snapshot", "snap_orders", "snap_trades", "order_status", "ratecounter", "rebased"]) {
    if (!isBool(p[b])) return { error: WsErrors.invalidArguments };
  }
  if (p.include_tokenized_assets !== undefined && typeof p.include_tokenized_assets !== "boolean") {
    return { error: WsErrors.invalidArguments };
  }
  if (p.execution_venue !== undefined && p.execution_venue !== "international") {
    return { error: WsErrors.invalidArguments };
  }
  let token: string | undefined;
  if (home !== "public") {
    if (typeof p.token !== "string" || p.token === "") return { error: WsErrors.invalidArguments };
    token = p.token;
  }
  if (p.snapshot_trades !== undefined) warnings.push("snapshot_trades is deprecated, use snap_trades");
  const snapshotDefault = channel !== "trade";
  const legacySnapshot = channel === "executions" ? (p.snapshot as boolean | undefined) : undefined;
  if (legacySnapshot !== undefined) warnings.push("snapshot is deprecated, use snap_orders and snap_trades");
  return {
    channel,
    ...(symbols ? { symbols } : {}),
    ...(depth !== undefined ? { depth } : {}),
    ...(interval !== undefined ? { interval } : {}),
    ...(eventTrigger ? { eventTrigger } : {}),
    snapshot: (p.snapshot as boolean | undefined) ?? snapshotDefault,
    ...(token !== undefined ? { token } : {}),
    snapOrders: (p.snap_orders as boolean | undefined) ?? legacySnapshot ?? true,
    snapTrades:
      (p.snap_trades as boolean | undefined) ??
      (p.snapshot_trades as boolean | undefined) ??
      legacySnapshot ??
      false,
    orderStatus: (p.order_status as boolean | undefined) ?? true,
    warnings,
  };
}

/** The key that identifies a subscription of a connection (Kraken keys by these params). */
export function subscriptionKey(req: SubscribeRequest, symbol?: string): string {
  switch (req.channel) {
    case "book":
    case "level3":
      return `${req.channel}|${symbol}|${req.depth}`;
    case "ohlc":
      return `ohlc|${symbol}|${req.interval}`;
    case "ticker":
      return `ticker|${symbol}|${req.eventTrigger}`;
    case "trade":
      return `trade|${symbol}`;
    default:
      return req.channel;
  }
}

import { KrakenConfigError, KrakenValidationError } from "../../errors/base.js";
import type { SubscribeParams } from "../types/channels.js";
import { hasSymbols, linkOf, type Registry } from "./registry.js";

const BOOK_DEPTHS = [10, 25, 100, 500, 1000];
const L3_DEPTHS = [10, 100, 1000];
const OHLC_INTERVALS = [1, 5, 15, 30, 60, 240, 1440, 10080, 21600];

/**
 * Checks subscribe parameters against what Kraken documents (channels, symbol lists, depths,
 * intervals, the 200-symbol level3 limit) before anything is sent.
 */
export function validateSubscribe(params: SubscribeParams, registry: Registry, hasToken: boolean): void {
  const { channel: c } = params;
  const fail = (m: string, f: string) => {
    throw new KrakenValidationError(`${c}: ${m}`, f);
  };
  // the channels with symbols, instrument, and the private ones (positions and margin: KrakenUnifiedWs)
  if (!hasSymbols(c) && c !== "instrument" && linkOf(c) !== "auth") {
    fail("unknown channel (status and heartbeat are events, not subscriptions)", "channel");
  }
  if ("symbol" in params) {
    const s = params.symbol as unknown;
    if (!Array.isArray(s) || s.length === 0 || s.some((x) => typeof x !== "string" || x.length === 0)) {
      fail("symbol must be a non-empty array of symbols such as BTC/USD", "symbol");
    }
    if (new Set(params.symbol).size !== params.symbol.length) fail("duplicate symbols", "symbol");
  }
  if (c === "book" && params.depth !== undefined && !BOOK_DEPTHS.includes(params.depth)) {
    fail(`depth must be one of ${BOOK_DEPTHS.join(", ")}`, "depth");
  }
  if (c === "level3") {
    if (params.depth !== undefined && !L3_DEPTHS.includes(params.depth))
      fail(`depth must be one of ${L3_DEPTHS.join(", ")}`, "depth");
    const held = [...registry.byId.values()].filter((e) => e.channel === "level3").length;
    if (held + params.symbol.length > 200) fail("at most 200 symbols per level3 connection", "symbol");
  }
  if (c === "ohlc" && !OHLC_INTERVALS.includes(params.interval)) {
    fail(`interval must be one of ${OHLC_INTERVALS.join(", ")}`, "interval");
  }
  if (linkOf(c) !== "public" && !hasToken) {
    throw new KrakenConfigError(`${c} needs a getToken option`);
  }
}

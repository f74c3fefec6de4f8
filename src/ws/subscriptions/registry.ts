import { KrakenValidationError } from "../../errors/base.js";
import type { ConnectionName } from "../connection/connection.js";
import type { SubscribeParams } from "../types/channels.js";
import type { Subscription } from "./subscription.js";

/** One subscription on the wire: a (channel, key params, symbol) Kraken acknowledged. */
export interface WireEntry {
  readonly id: string;
  readonly route: string;
  readonly channel: string;
  readonly symbol: string | undefined;
  readonly link: ConnectionName;
  /** Wire params without `symbol` and `token` (those of the first consumer). */
  readonly params: Record<string, unknown>;
  readonly consumers: Set<Subscription<unknown>>;
  /** The consumers as an array for the hot path (no iterator per frame); kept by add/removeConsumer. */
  fanout: Subscription<unknown>[];
  /** Acknowledged by Kraken (false while the first subscribe is in flight). */
  active: boolean;
  /** Socket epoch of the last acknowledgement; older entries are replayed after a reconnect. */
  epoch: number;
}

const SYMBOL_CHANNELS = new Set(["ticker", "book", "level3", "ohlc", "trade"]);
// Params that only shape the snapshot (or authenticate) do not make a subscription different.
const NOT_KEY = new Set(["channel", "symbol", "token", "snapshot", "snap_orders", "snap_trades", "req_id"]);

/** Adds a consumer to an entry. */
export function addConsumer(e: WireEntry, sub: Subscription<unknown>): void {
  e.consumers.add(sub);
  e.fanout = [...e.consumers];
}

/** Removes a consumer from an entry. */
export function removeConsumer(e: WireEntry, sub: Subscription<unknown>): void {
  e.consumers.delete(sub);
  e.fanout = [...e.consumers];
}

/** Whether a channel takes a `symbol` list. */
export function hasSymbols(channel: string): boolean {
  return SYMBOL_CHANNELS.has(channel);
}

/** Which socket serves a channel. */
export function linkOf(channel: string): ConnectionName {
  if (channel === "level3") return "level3";
  // the private channels, with the Unified WebSocket's positions and margin
  return channel === "executions" || channel === "balances" || channel === "positions" || channel === "margin"
    ? "auth"
    : "public";
}

/** Route key of a push frame: how the router finds the entry without knowing the key params. */
export function routeKey(channel: string, symbol: string | undefined, interval?: unknown): string {
  if (symbol === undefined) return channel;
  return channel === "ohlc" ? `ohlc|${symbol}|${String(interval)}` : `${channel}|${symbol}`;
}

/**
 * Reference-counted registry of wire subscriptions. Consumers with identical params share one entry;
 * the wire is unsubscribed only when the last consumer leaves. Frames do not carry key params such as
 * `depth` or `event_trigger`, so two different key params on one channel+symbol would be
 * indistinguishable: that is rejected up front.
 */
export class Registry {
  readonly byId = new Map<string, WireEntry>();
  readonly byRoute = new Map<string, WireEntry>();
  readonly bySub = new Map<Subscription<unknown>, WireEntry[]>();

  /** Wire params (without symbol/token) and the key string of a subscription request. */
  static keyParams(params: SubscribeParams): { wire: Record<string, unknown>; key: string } {
    const wire: Record<string, unknown> = {};
    const keyParts: string[] = [];
    for (const k of Object.keys(params).sort()) {
      const v = (params as unknown as Record<string, unknown>)[k];
      if (v === undefined || k === "symbol" || k === "token") continue;
      wire[k] = v;
      if (!NOT_KEY.has(k)) keyParts.push(`${k}=${String(v)}`);
    }
    return { wire, key: `${params.channel}|${keyParts.join("&")}` };
  }

  /** Entry ids a request would use, per symbol; throws on a conflicting existing subscription. */
  plan(params: SubscribeParams): Array<{ id: string; route: string; symbol: string | undefined }> {
    const { key } = Registry.keyParams(params);
    const symbols: Array<string | undefined> = "symbol" in params ? [...params.symbol] : [undefined];
    const interval = params.channel === "ohlc" ? params.interval : undefined;
    return symbols.map((symbol) => {
      const id = `${key}|${symbol ?? ""}`;
      const route = routeKey(params.channel, symbol, interval);
      const other = this.byRoute.get(route);
      if (other && other.id !== id) {
        throw new KrakenValidationError(
          `${params.channel} ${symbol ?? ""} is already subscribed with different parameters (${other.id}); ` +
            "frames could not be told apart",
          "params",
        );
      }
      return { id, route, symbol };
    });
  }

  /** Adds an entry (not yet active). */
  add(e: WireEntry): void {
    this.byId.set(e.id, e);
    this.byRoute.set(e.route, e);
  }

  /** Removes an entry. */
  remove(e: WireEntry): void {
    if (this.byId.get(e.id) === e) this.byId.delete(e.id);
    if (this.byRoute.get(e.route) === e) this.byRoute.delete(e.route);
  }

  /** Active entries of one socket, in insertion order (deterministic replay). */
  activeOn(link: ConnectionName): WireEntry[] {
    return [...this.byId.values()].filter((e) => e.link === link && e.active);
  }

  /** Consumer subscriptions on one socket. */
  consumersOn(link: ConnectionName): Subscription<unknown>[] {
    const out: Subscription<unknown>[] = [];
    for (const [sub, entries] of this.bySub) if (entries[0]?.link === link) out.push(sub);
    return out;
  }
}

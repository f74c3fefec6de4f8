import type { KrakenError } from "../../errors/base.js";
import type { ConnectionName, ConnectionState } from "../connection/connection.js";
import type { StatusData } from "../types/channels.js";
import type { SequencedChannel, SequenceGap } from "./sequence.js";
import type { Subscription } from "./subscription.js";

/**
 * Payload of the `resynced` event: what REST reported after a private gap.
 * @example
 * const reconcile = { openOrders: () => rest.getOpenOrders() };
 * const ws = new KrakenWs({ getToken: rest.webSocketToken, reconcile });
 * ws.on("resynced", ({ channel, reason, openOrders }) => console.log(channel, reason, openOrders));
 */
export interface ResyncedEvent {
  channel: SequencedChannel;
  reason: SequenceGap["reason"];
  /** Result of `reconcile.openOrders()` (executions gaps). */
  openOrders?: unknown;
  /** Result of `reconcile.tradesHistory()` (executions gaps). */
  trades?: unknown;
  /** Result of `reconcile.balance()` (balances gaps). */
  balances?: unknown;
}

/**
 * Events of {@link KrakenWs}.
 * @example
 * ws.on("reconnected", ({ connection, downtimeMs }) => console.log(connection, "back after", downtimeMs));
 * ws.on("gap", (g) => console.warn("missed private messages", g));
 * ws.on("error", (err) => console.error(err.code, err.message));
 */
export interface KrakenWsEvents {
  /** A connection changed state (idle, connecting, open, reconnecting, closed). */
  state: { connection: ConnectionName; state: ConnectionState; previous: ConnectionState };
  /** A socket opened (first time or after a reconnect). */
  open: { connection: ConnectionName };
  /** A socket was lost; `willReconnect` is false for terminal close codes or exhausted attempts. */
  disconnected: { connection: ConnectionName; code: number; reason: string; willReconnect: boolean };
  /** A reconnect attempt is scheduled. */
  reconnecting: { connection: ConnectionName; attempt: number; delayMs: number };
  /** A socket is back and every subscription on it is restored. */
  reconnected: { connection: ConnectionName; downtimeMs: number };
  /** One consumer subscription was restored (after a reconnect or an idle restart): backfill here. */
  resubscribed: {
    connection: ConnectionName;
    channel: string;
    symbols: readonly string[];
    subscription: Subscription<unknown>;
  };
  /** Kraken's engine status (pushed on connect and on change). */
  status: { connection: ConnectionName; data: StatusData };
  /** Kraken's heartbeat (about once a second while subscribed and otherwise quiet). */
  heartbeat: { connection: ConnectionName };
  /** A problem that did not stop the client: bad frame, rejected replay, failed reconciliation. */
  error: KrakenError;
  /** Private events may have been lost (sequence gap or reconnect). */
  gap: SequenceGap;
  /** REST reconciliation after a gap finished. */
  resynced: ResyncedEvent;
  /**
   * The answer to a request that had already timed out or been aborted (e.g. an order reported as
   * ambiguous): it settles the outcome. `result.cl_ord_id` identifies orders.
   */
  lateResponse: {
    connection: ConnectionName;
    method: string;
    reqId: number;
    success: boolean;
    result?: unknown;
    error?: string;
  };
  /** A subscription with `idleTimeoutMs` received nothing for that long. */
  idle: { channel: string; symbols: readonly string[]; idleMs: number };
}

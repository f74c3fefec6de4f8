/**
 * Fault injection for the WebSocket side (`sim.faults.ws`): each fault is scoped to an endpoint, a
 * connection, a symbol, an account or a method, and does exactly one observable thing.
 */
import type { SystemStatus } from "../exchange/types.js";
import type { EndpointKind, WsConnection } from "./connection.js";
import type { Hub } from "./hub.js";

/** Which sockets a fault applies to: all, one endpoint, or one connection (by `index`). */
export interface ConnectionTarget {
  readonly endpoint?: EndpointKind;
  /** Connection index as listed by {@link WsFaults.connections}. */
  readonly connection?: number;
}

/** A connection as fault targeting sees it. */
export interface ConnectionInfo {
  readonly index: number;
  readonly endpoint: EndpointKind;
  readonly subscriptions: readonly string[];
}

/** One-shot method rejections. */
export class WsFaultState {
  readonly #rejections = new Map<string, Array<{ error: string; remaining: number }>>();

  /** Queues `times` rejections of `method` with a Kraken error string. */
  reject(method: string, error: string, times: number): void {
    const list = this.#rejections.get(method) ?? [];
    list.push({ error, remaining: times });
    this.#rejections.set(method, list);
  }

  /** Consumes one rejection of `method`, if any is queued. */
  takeRejection(method: string): string | undefined {
    const list = this.#rejections.get(method);
    const head = list?.[0];
    if (!list || !head) return undefined;
    head.remaining--;
    if (head.remaining <= 0) list.shift();
    if (list.length === 0) this.#rejections.delete(method);
    return head.error;
  }

  /** Forgets every queued rejection. */
  clear(): void {
    this.#rejections.clear();
  }
}

/** The WebSocket faults API. */
export interface WsFaults {
  /** Lists open connections (newest last). */
  connections(endpoint?: EndpointKind): ConnectionInfo[];
  /** Closes matching sockets with a close code (1006 = abrupt drop without a close frame). */
  close(target?: ConnectionTarget & { code?: number; reason?: string }): number;
  /** Stalls matching sockets: they stay open but receive nothing until `resume`. */
  stall(target?: ConnectionTarget): number;
  /** Ends a stall. */
  resume(target?: ConnectionTarget): number;
  /** Delays every outgoing frame of matching sockets by `ms` (0 ends it). */
  delay(ms: number, target?: ConnectionTarget): number;
  /** Corrupts the checksum of the next `book` (or `level3`) frames published for a symbol. */
  corruptChecksum(symbol: string, channel?: "book" | "level3"): void;
  /** Skips `count` sequence numbers on the next private message of an account (all when omitted). */
  skipSequence(options?: { accountId?: string; count?: number }): void;
  /** Sends raw text (malformed JSON, unknown channels, anything) to matching sockets. */
  sendRaw(text: string, target?: ConnectionTarget): number;
  /** Sends a frame that is not valid JSON. */
  sendMalformed(target?: ConnectionTarget): number;
  /** Sends a well-formed frame of a channel Kraken does not have. */
  sendUnknown(target?: ConnectionTarget): number;
  /** Switches the exchange mode; a `status` update goes to every connection and trading follows. */
  setSystemStatus(status: SystemStatus): void;
  /** Answers the next `times` requests of `method` (e.g. "add_order", "subscribe") with `error`. */
  rejectMethod(method: string, error: string, times?: number): void;
  /** Refuses new WebSocket upgrades of an endpoint with an HTTP status (undefined = accept again). */
  refuseConnections(endpoint: EndpointKind, httpStatus: number | undefined): void;
  /** Clears stalls, delays, queued rejections, checksum and sequence faults, upgrade refusals. */
  clear(): void;
}

/** Builds the faults API over the live connections. */
export function createWsFaults(
  hub: Hub,
  state: WsFaultState,
  all: () => WsConnection[],
  refuse: (endpoint: EndpointKind, status: number | undefined) => void,
): WsFaults {
  const match = (t: ConnectionTarget = {}) =>
    all().filter(
      (c) =>
        (t.endpoint === undefined || c.endpoint === t.endpoint) &&
        (t.connection === undefined || c.index === t.connection),
    );
  const each = (t: ConnectionTarget | undefined, fn: (c: WsConnection) => void) => {
    const list = match(t);
    for (const c of list) fn(c);
    return list.length;
  };
  return {
    connections: (endpoint) =>
      match(endpoint ? { endpoint } : {}).map((c) => ({
        index: c.index,
        endpoint: c.endpoint,
        subscriptions: [...c.subs.keys()],
      })),
    close: (t = {}) => each(t, (c) => c.close(t.code ?? 1000, t.reason ?? "")),
    stall: (t) => each(t, (c) => (c.stalled = true)),
    resume: (t) => each(t, (c) => (c.stalled = false)),
    delay: (ms, t) => each(t, (c) => (c.delayMs = ms)),
    corruptChecksum: (symbol, channel = "book") => void hub.corruptChecksum.add(`${channel}|${symbol}`),
    skipSequence: (o = {}) => void hub.skipSequence.set(o.accountId ?? "*", o.count ?? 1),
    sendRaw: (text, t) => each(t, (c) => c.send(text)),
    sendMalformed: (t) => each(t, (c) => c.send('{"channel":"book","type":"update","data":[{"symbol":')),
    sendUnknown: (t) =>
      each(t, (c) => c.send('{"channel":"sim_unknown","type":"update","data":[{"note":"unknown channel"}]}')),
    setSystemStatus: (status) => hub.exchange.setStatus(status),
    rejectMethod: (method, error, times = 1) => state.reject(method, error, times),
    refuseConnections: refuse,
    clear: () => {
      for (const c of all()) {
        c.stalled = false;
        c.delayMs = 0;
      }
      state.clear();
      hub.corruptChecksum.clear();
      hub.skipSequence.clear();
      for (const e of ["public", "auth", "level3"] as const) refuse(e, undefined);
    },
  };
}

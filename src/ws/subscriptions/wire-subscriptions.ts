import { KrakenError } from "../../errors/base.js";
import {
  KrakenSubscribeError,
  KrakenWsConnectionError,
  KrakenWsTimeoutError,
  type SymbolError,
} from "../../errors/ws.js";
import { sleep } from "../../util/abort.js";
import type { Emitter } from "../../util/emitter.js";
import type { ConnectionName } from "../connection/connection.js";
import type { Timers } from "../connection/timers.js";
import type { Link } from "../protocol/link.js";
import type { ResolvedWsOptions } from "../protocol/options.js";
import type { RequestSpec, WsResponse } from "../protocol/requests.js";
import type { KrakenWsEvents } from "./events.js";
import { type Registry, removeConsumer, type WireEntry } from "./registry.js";
import { asKrakenError } from "./router.js";
import type { SequenceTracker } from "./sequence.js";
import type { Subscription } from "./subscription.js";

const L3_COST: Record<number, number> = { 10: 5, 100: 25, 1000: 100 };

/** What {@link WireSubscriptions} needs from the client. */
export interface WireHost {
  readonly o: ResolvedWsOptions;
  readonly events: Emitter<KrakenWsEvents>;
  readonly timers: Timers;
  readonly registry: Registry;
  readonly seq: SequenceTracker;
  readonly subIds: WeakMap<Subscription<unknown>, number>;
  request(
    name: ConnectionName,
    method: string,
    params: Record<string, unknown>,
    spec: RequestSpec,
  ): Promise<WsResponse[]>;
  serial<T>(link: Link, fn: () => Promise<T>): Promise<T>;
  isClosed(): boolean;
}

/**
 * Wire side of subscriptions: subscribe/unsubscribe requests with per-symbol results, releasing
 * entries whose last consumer left, the paced replay after a reconnect, and idle restarts.
 */
export class WireSubscriptions {
  constructor(private readonly h: WireHost) {}

  /** Subscribes or unsubscribes entries of one key on the wire; returns per-symbol rejections. */
  async wire(
    link: Link,
    method: "subscribe" | "unsubscribe",
    wire: Record<string, unknown>,
    entries: readonly WireEntry[],
    options: { timeoutMs?: number; signal?: AbortSignal } = {},
  ): Promise<SymbolError[]> {
    const symbols = entries.map((e) => e.symbol).filter((s): s is string => s !== undefined);
    const params: Record<string, unknown> = { ...wire };
    if (method === "unsubscribe") {
      for (const k of ["snapshot", "snap_orders", "snap_trades"]) delete params[k];
    }
    if (symbols.length > 0) params.symbol = symbols;
    const channel = String(wire.channel);
    const responses = await this.h.request(link.name, method, params, {
      expected: Math.max(1, symbols.length),
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      unanswered: (reason, cause) =>
        reason === "timeout"
          ? new KrakenWsTimeoutError(
              `${method} ${channel}`,
              options.timeoutMs ?? this.h.o.requestTimeoutMs,
              "unknown",
            )
          : new KrakenWsConnectionError(`${method} ${channel}: ${reason}`, {
              connection: link.name,
              code: cause instanceof KrakenError ? cause.code : "ws_closed",
            }),
      completeEarly: (r) => r.success !== true && symbolOf(r) === undefined,
      // an answer for another method or symbol is not ours, whatever req_id it carries
      accepts: (r) => r.method === method && [undefined, ...symbols].includes(symbolOf(r)),
    });
    // each acknowledged symbol's `result` (a book's says the depth Kraken will keep)
    const acked = new Map<string | undefined, unknown>();
    const errors: SymbolError[] = [];
    for (const r of responses) {
      const symbol = symbolOf(r);
      if (r.success === true) acked.set(symbol, r.result);
      else if (symbol !== undefined) errors.push({ symbol, error: String(r.error ?? "unknown error") });
      else {
        const error = String(r.error ?? "unknown error");
        for (const s of symbols.length > 0 ? symbols : [undefined])
          if (!acked.has(s)) errors.push({ symbol: s, error });
      }
    }
    if (method === "subscribe") {
      const failed = new Set(errors.map((e) => e.symbol));
      for (const e of entries) {
        if (!failed.has(e.symbol)) {
          e.active = true;
          e.epoch = link.epoch;
          // a consumer that joins this entry later has none: its book truncates at the depth asked
          for (const sub of e.fanout) sub.ack = acked.get(e.symbol);
        }
      }
    }
    return errors;
  }

  // ---------------------------------------------------------------- subscriptions

  /** Removes a consumer; entries it leaves empty are unsubscribed on the wire. */
  async detach(link: Link, sub: Subscription<unknown>): Promise<void> {
    const gone = this.forget(link, sub);
    const groups = new Map<string, WireEntry[]>();
    for (const e of gone) {
      if (!e.active || e.epoch !== link.epoch || link.conn.state !== "open") continue;
      const key = e.id.slice(0, e.id.lastIndexOf("|"));
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    for (const entries of groups.values()) {
      try {
        const errors = await this.wire(link, "unsubscribe", (entries[0] as WireEntry).params, entries);
        for (const err of errors) this.h.o.logger.debug?.("unsubscribe rejected", err);
      } catch (e) {
        this.h.o.logger.debug?.("unsubscribe failed", e);
      }
    }
  }

  /** Drops a consumer from the registry; returns the entries that lost their last consumer. */
  forget(_link: Link, sub: Subscription<unknown>): WireEntry[] {
    const entries = this.h.registry.bySub.get(sub) ?? [];
    this.h.registry.bySub.delete(sub);
    this.h.timers.clear(`idle:${this.h.subIds.get(sub)}`);
    const gone: WireEntry[] = [];
    for (const e of entries) {
      removeConsumer(e, sub);
      if (e.consumers.size === 0) {
        this.h.registry.remove(e);
        if (e.channel === "executions" || e.channel === "balances") this.h.seq.forget(e.channel);
        gone.push(e);
      }
    }
    return gone;
  }

  /** Restores every wire subscription of a reconnected socket, paced. Returns false if interrupted. */
  async replay(link: Link): Promise<boolean> {
    const stale = this.h.registry.activeOn(link.name).filter((e) => e.epoch !== link.epoch);
    const groups = new Map<string, WireEntry[]>();
    for (const e of stale) {
      const key = e.id.slice(0, e.id.lastIndexOf("|"));
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const signal = link.alive.signal;
    let sent = 0;
    for (const entries of groups.values()) {
      for (const chunk of this.chunks(link, entries)) {
        if (sent > 0) {
          const pause = link.name === "level3" ? 1000 : 1000 / this.h.o.resubscribeRatePerSec;
          await sleep(pause, signal).catch(() => undefined);
        }
        if (signal.aborted || this.h.isClosed()) return false;
        sent++;
        const errors = await this.wire(link, "subscribe", (chunk[0] as WireEntry).params, chunk);
        for (const err of errors) this.replayRejected(link, chunk, err);
      }
    }
    this.announce(link, this.h.registry.consumersOn(link.name), "reconnect");
    return true;
  }

  private chunks(link: Link, entries: WireEntry[]): WireEntry[][] {
    const out: WireEntry[][] = [];
    let cur: WireEntry[] = [];
    let cost = 0;
    for (const e of entries) {
      const c = link.name === "level3" ? (L3_COST[Number(e.params.depth ?? 10)] ?? 5) : 1;
      if (
        cur.length > 0 &&
        (cur.length >= 50 || (link.name === "level3" && cost + c > this.h.o.level3RateBudget))
      ) {
        out.push(cur);
        cur = [];
        cost = 0;
      }
      cur.push(e);
      cost += c;
    }
    if (cur.length > 0) out.push(cur);
    return out;
  }

  /** A replayed subscribe refused: a transient refusal retries on the reconnect backoff, a final one ends it. */
  replayRejected(link: Link, chunk: WireEntry[], err: SymbolError, attempt = 0): void {
    const error = new KrakenSubscribeError(String(chunk[0]?.channel), [err]);
    this.h.events.emit("error", error);
    for (const e of chunk) {
      if (e.symbol !== err.symbol) continue;
      if (error.retryable) {
        for (const sub of e.consumers) sub.emit("error", error);
        this.retry(link, e, attempt);
        continue;
      }
      e.active = false;
      this.h.registry.remove(e);
      for (const sub of e.consumers) {
        const list = this.h.registry.bySub.get(sub);
        if (list)
          this.h.registry.bySub.set(
            sub,
            list.filter((x) => x !== e),
          );
        sub.emit("error", error);
        if ((this.h.registry.bySub.get(sub)?.length ?? 0) === 0) {
          this.forget(link, sub);
          sub.finish(error);
        }
      }
    }
  }

  /** Resubscribes a transiently refused entry after the reconnect backoff; no answer retries again. */
  private retry(link: Link, e: WireEntry, attempt: number): void {
    const { minDelayMs, maxDelayMs } = this.h.o.policy;
    this.h.timers.set(`resub:${e.id}`, Math.min(maxDelayMs, minDelayMs * 2 ** attempt), () => {
      // gone, or restored by a later reconnect's replay, or waiting for the next one
      if (this.h.registry.byId.get(e.id) !== e || e.epoch === link.epoch || link.conn.state !== "open")
        return;
      void this.h
        .serial(link, async () => {
          const errors = await this.wire(link, "subscribe", e.params, [e]);
          for (const x of errors) this.replayRejected(link, [e], x, attempt + 1);
          if (errors.length === 0) this.announce(link, e.consumers, "reconnect");
        })
        .catch((x) => {
          this.h.events.emit("error", asKrakenError(x));
          if (!this.h.isClosed()) this.retry(link, e, attempt + 1);
        });
    });
  }

  watchIdle(link: Link, sub: Subscription<unknown>, ms: number): void {
    const name = `idle:${this.h.subIds.get(sub)}`;
    let seen = sub.received;
    const check = () => {
      if (sub.ended || this.h.isClosed()) return;
      if (sub.received === seen && link.conn.state === "open") {
        sub.emit("idle", { idleMs: ms });
        this.h.events.emit("idle", { channel: sub.channel, symbols: sub.symbols, idleMs: ms });
        void this.h
          .serial(link, () => this.restartWire(link, sub))
          .catch((e) => this.h.events.emit("error", asKrakenError(e)));
      }
      seen = sub.received;
      this.h.timers.set(name, ms, check);
    };
    this.h.timers.set(name, ms, check);
  }

  /** Unsubscribes and resubscribes a silent subscription's entries on the wire. */
  async restartWire(link: Link, sub: Subscription<unknown>): Promise<void> {
    const entries = (this.h.registry.bySub.get(sub) ?? []).filter((e) => e.active);
    if (entries.length === 0 || link.conn.state !== "open") return;
    const params = (entries[0] as WireEntry).params;
    await this.wire(link, "unsubscribe", params, entries).catch(() => []);
    const errors = await this.wire(link, "subscribe", params, entries);
    for (const err of errors) this.replayRejected(link, entries, err);
    this.announce(link, new Set(entries.flatMap((e) => [...e.consumers])), "idle");
  }

  /** Tells each subscription, and the client's listeners, that it is back on the wire. */
  private announce(link: Link, subs: Iterable<Subscription<unknown>>, reason: "reconnect" | "idle"): void {
    for (const subscription of subs) {
      // one still waiting for a refused symbol's retry is announced when that retry is accepted
      if (this.h.registry.bySub.get(subscription)?.some((e) => e.epoch !== link.epoch)) continue;
      subscription.emit("resubscribed", { reason });
      const { channel, symbols } = subscription;
      this.h.events.emit("resubscribed", { connection: link.name, channel, symbols, subscription });
    }
  }
}

function symbolOf(r: WsResponse): string | undefined {
  const result = r.result as { symbol?: unknown } | undefined;
  if (typeof result?.symbol === "string") return result.symbol;
  return typeof r.symbol === "string" ? r.symbol : undefined;
}

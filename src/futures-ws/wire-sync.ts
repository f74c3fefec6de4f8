// Keeps a v1 client's wires in step with Kraken, one change at a time: subscribe what is new,
// unsubscribe what nobody uses, a fresh snapshot for one book product, everything again after a reconnect.
import type { KrakenError } from "../errors/base.js";
import type { Emitter } from "../util/emitter.js";
import type { Connection } from "../ws/connection/connection.js";
import type { Subscription } from "../ws/subscriptions/subscription.js";
import { asError } from "./errors.js";
import type { FuturesWsEvents } from "./options.js";
import type { Requests } from "./requests.js";
import type { FuturesFeed } from "./types.js";
import { productsOf, type Wire, WireTable } from "./wires.js";

/** The wires, the subscriptions on them, and the serial queue every change goes through. */
export class WireSync {
  readonly table = new WireTable();
  /** The wires of each subscription. */
  readonly subs = new Map<Subscription<unknown>, Wire[]>();
  /** Connection epoch: one more on every open. */
  epoch = 0;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly requests: Requests,
    private readonly conn: Connection,
    private readonly events: Emitter<FuturesWsEvents>,
    private readonly closed: () => boolean,
  ) {}

  /** Runs `fn` after every change queued before it. */
  serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => {});
    return run;
  }

  /**
   * Subscribes the wires not yet acknowledged on this connection; with `refresh`, wires already
   * subscribed are subscribed again (unsubscribe, subscribe) so Kraken sends a new snapshot.
   */
  async ensure(
    feed: FuturesFeed,
    wires: readonly Wire[],
    signal?: AbortSignal,
    refresh = false,
  ): Promise<void> {
    const active = refresh ? wires.filter((w) => w.epoch === this.epoch) : [];
    if (active.length > 0) {
      await this.requests.send("unsubscribe", feed, productsOf(active), signal);
      for (const w of active) w.epoch = -1;
    }
    const fresh = wires.filter((w) => w.epoch !== this.epoch);
    if (fresh.length === 0) return;
    await this.requests.send("subscribe", feed, productsOf(fresh), signal);
    for (const w of fresh) w.epoch = this.epoch;
  }

  /** Puts a new subscription on its wires and subscribes them; finishes it when that fails. */
  attach(
    sub: Subscription<unknown>,
    feed: FuturesFeed,
    products: string[],
    signal?: AbortSignal,
  ): Promise<void> {
    return this.serial(async () => {
      let wires: Wire[];
      try {
        wires = this.table.wiresFor(feed, products);
      } catch (e) {
        sub.finish(e);
        throw e;
      }
      for (const w of wires) w.consumers.add(sub);
      this.subs.set(sub, wires);
      try {
        // a book joining a product already on the wire needs a snapshot of its own
        await this.ensure(feed, wires, signal, feed === "book");
        signal?.throwIfAborted();
      } catch (e) {
        await this.detach(sub);
        sub.finish(e);
        throw e;
      }
    });
  }

  /** Takes a subscription off its wires. */
  async detach(sub: Subscription<unknown>): Promise<void> {
    const wires = this.subs.get(sub);
    if (!wires) return;
    this.subs.delete(sub);
    for (const w of wires) w.consumers.delete(sub);
    await this.release(wires);
  }

  /** Unsubscribes the wires nobody uses any more. */
  async release(wires: readonly Wire[]): Promise<void> {
    const gone = wires.filter((w) => this.table.dropIfUnused(w) && w.epoch === this.epoch);
    const first = gone[0];
    if (!first || this.closed() || this.conn.state !== "open") return;
    try {
      await this.requests.send("unsubscribe", first.feed, productsOf(gone));
    } catch (e) {
      this.events.emit("error", asError(e));
    }
  }

  /** A book failed a check: a fresh snapshot of this product only (unsubscribe, subscribe). */
  resync(wire: Wire): void {
    if (wire.resyncing || this.closed()) return;
    wire.resyncing = true;
    void this.serial(async () => {
      try {
        if (this.conn.state !== "open" || wire.epoch !== this.epoch || !this.table.holds(wire)) return; // a reconnect replays it anyway
        await this.requests.send("unsubscribe", "book", [wire.product as string]);
        wire.epoch = -1;
        await this.ensure("book", [wire]);
      } catch (e) {
        if (!this.closed()) this.events.emit("error", asError(e));
      } finally {
        wire.resyncing = false;
      }
    });
  }

  /** After a reconnect: every wire again, feed by feed, then `reconnected`. */
  replay(downtimeMs: number): void {
    const epoch = this.epoch;
    const stale = () => this.epoch !== epoch || this.closed();
    void this.serial(async () => {
      const groups = new Map<FuturesFeed, Wire[]>();
      for (const w of this.table.values()) {
        if (w.epoch === epoch) continue;
        const list = groups.get(w.feed) ?? [];
        list.push(w);
        groups.set(w.feed, list);
      }
      for (const [feed, wires] of groups) {
        if (stale()) return;
        try {
          await this.ensure(feed, wires);
          for (const w of wires) for (const c of w.consumers) c.emit("resubscribed", { reason: "reconnect" });
        } catch (e) {
          if (stale() || this.conn.state !== "open") return;
          const error: KrakenError = asError(e);
          for (const w of wires) for (const c of w.consumers) c.emit("error", error);
          this.events.emit("error", error);
        }
      }
      if (!stale()) this.events.emit("reconnected", { downtimeMs });
    });
  }
}

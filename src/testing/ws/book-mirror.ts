/**
 * A per-pair mirror of the exchange's book that the `book` and `level3` publishers read. It is
 * refreshed level by level: every price an exchange event touched is re-read from the real book at
 * flush time, so the mirror is exact without recomputing (or re-summing) the whole book per update.
 */
import { compareDecimal } from "../../util/decimal.js";
import { add } from "../exchange/decimal.js";
import { type BookLevel, type OrderBook, remaining } from "../exchange/order-book.js";
import type { Side, SimOrder } from "../exchange/types.js";
import type { L3Entry } from "./book-diff.js";
import { rfc3339Nano } from "./time.js";

/** One mirrored price level: aggregate and orders in queue order (immutable once built). */
export interface MirrorLevel {
  readonly price: string;
  readonly qty: string;
  readonly orders: readonly L3Entry[];
}

/** When an order was inserted or last amended (the level3 order timestamp). */
function orderTime(o: SimOrder): number {
  const last = o.amends[o.amends.length - 1];
  return last ? Math.max(last.timestamp, o.openedAt) : o.openedAt;
}

function mirrorLevel(level: BookLevel): MirrorLevel {
  let qty = "0";
  const orders: L3Entry[] = [];
  for (const o of level.orders) {
    const q = remaining(o);
    qty = add(qty, q);
    orders.push({ id: o.id, price: level.price, qty: q, timestamp: rfc3339Nano(orderTime(o)) });
  }
  return { price: level.price, qty, orders };
}

/** Finds a price in levels sorted best first; returns [index, found]. */
function locate(levels: ReadonlyArray<{ price: string }>, side: Side, price: string): [number, boolean] {
  const better = side === "buy" ? 1 : -1;
  let lo = 0;
  let hi = levels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareDecimal(price, levels[mid]!.price);
    if (c === 0) return [mid, true];
    if (c === better) hi = mid;
    else lo = mid + 1;
  }
  return [lo, false];
}

/** The mirror of one pair's book. */
export class BookMirror {
  readonly bids: MirrorLevel[] = [];
  readonly asks: MirrorLevel[] = [];
  /** Resting order id -> where the mirror holds it. */
  readonly #where = new Map<string, { side: Side; price: string }>();
  readonly #pending = new Map<string, { side: Side; price: string }>();

  constructor(private readonly book: OrderBook) {
    for (const side of ["buy", "sell"] as const) {
      for (const level of book.side(side))
        this.#put(side, mirrorLevel(level), this.levels(side).length, false);
    }
  }

  /** Levels of a side, best first. */
  levels(side: Side): MirrorLevel[] {
    return side === "buy" ? this.bids : this.asks;
  }

  /** Whether an order is resting (as of the last refresh). */
  resting(id: string): boolean {
    return this.#where.has(id);
  }

  /** Marks a price level for re-reading; an order seen elsewhere also marks its old level. */
  touch(side: Side, price: string, orderId?: string): void {
    this.#pending.set(`${side}|${price}`, { side, price });
    const at = orderId !== undefined ? this.#where.get(orderId) : undefined;
    if (at && (at.price !== price || at.side !== side)) this.#pending.set(`${at.side}|${at.price}`, at);
  }

  /** Marks the level of a (possibly silently removed) order. */
  touchOrder(orderId: string): void {
    const at = this.#where.get(orderId);
    if (at) this.#pending.set(`${at.side}|${at.price}`, at);
  }

  /** Whether touches are waiting for a refresh. */
  get stale(): boolean {
    return this.#pending.size > 0;
  }

  /** Re-reads every touched level from the real book. */
  refresh(): void {
    for (const { side, price } of this.#pending.values()) {
      const real = this.book.side(side);
      const [ri, exists] = locate(real, side, price);
      const levels = this.levels(side);
      const [mi, mirrored] = locate(levels, side, price);
      if (mirrored) {
        for (const o of levels[mi]!.orders) {
          const at = this.#where.get(o.id);
          if (at && at.price === price && at.side === side) this.#where.delete(o.id);
        }
      }
      if (exists) this.#put(side, mirrorLevel(real[ri]!), mi, mirrored);
      else if (mirrored) levels.splice(mi, 1);
    }
    this.#pending.clear();
  }

  #put(side: Side, level: MirrorLevel, index: number, replace: boolean): void {
    const levels = this.levels(side);
    if (replace) levels[index] = level;
    else levels.splice(index, 0, level);
    for (const o of level.orders) this.#where.set(o.id, { side, price: level.price });
  }
}

/**
 * Mirrors of the pairs someone watches through `book` or `level3`; batches the touches of one
 * synchronous exchange operation and flushes them in a microtask, then hands each changed mirror to
 * the publishers.
 */
export class BookMirrors {
  readonly #mirrors = new Map<string, BookMirror>();
  readonly #dirty = new Set<string>();
  #scheduled = false;

  constructor(
    private readonly bookOf: (pairId: string) => OrderBook,
    private readonly watched: (pairId: string) => boolean,
    private readonly publish: (pairId: string, mirror: BookMirror) => void,
    /** Called when a mirror is dropped, so publishers forget what they last sent for the pair. */
    private readonly dropped: (pairId: string) => void,
  ) {}

  /**
   * Publishes pending changes of a pair now. Called before a new subscriber joins so that the
   * publishers' last-sent state equals the snapshot it is about to get.
   */
  sync(pairId: string): void {
    if (!this.#dirty.delete(pairId)) return;
    const m = this.#mirrors.get(pairId);
    if (!m) return;
    m.refresh();
    this.publish(pairId, m);
  }

  /** The up-to-date mirror of a pair (created on first use). */
  get(pairId: string): BookMirror {
    let m = this.#mirrors.get(pairId);
    if (!m) {
      m = new BookMirror(this.bookOf(pairId));
      this.#mirrors.set(pairId, m);
    }
    if (m.stale) m.refresh();
    return m;
  }

  /** Records a book change reported by the exchange. */
  touch(pairId: string, side: Side, price: string, orderId?: string): void {
    const m = this.#mirrors.get(pairId);
    if (!m) return;
    m.touch(side, price, orderId);
    this.#mark(pairId);
  }

  /** Records that an order may have left the book without a book event (terminal execution). */
  touchOrder(pairId: string, orderId: string): void {
    const m = this.#mirrors.get(pairId);
    if (!m) return;
    m.touchOrder(orderId);
    this.#mark(pairId);
  }

  #mark(pairId: string): void {
    this.#dirty.add(pairId);
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => this.flush());
  }

  /** Refreshes touched mirrors and publishes them; drops mirrors nobody watches any more. */
  flush(): void {
    this.#scheduled = false;
    const dirty = [...this.#dirty];
    this.#dirty.clear();
    for (const pairId of dirty) {
      const m = this.#mirrors.get(pairId);
      if (!m) continue;
      if (!this.watched(pairId)) {
        this.#mirrors.delete(pairId);
        this.dropped(pairId);
        continue;
      }
      m.refresh();
      this.publish(pairId, m);
    }
  }

  /** Forgets every mirror. */
  clear(): void {
    this.#mirrors.clear();
    this.#dirty.clear();
  }
}

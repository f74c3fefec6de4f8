// The wire subscriptions of a v1 client: one per feed (and product, for public feeds), shared by every
// subscription and book on it, and found per frame by feed and product without building a key.
import { KrakenValidationError } from "../errors/base.js";
import type { Subscription } from "../ws/subscriptions/subscription.js";
import type { FuturesOrderBook } from "./book.js";
import { V1_PRIVATE_FEEDS } from "./feeds.js";
import type { FuturesFeed } from "./types.js";

/** One feed (and product, for public feeds) subscribed on the wire. */
export interface Wire {
  readonly key: string;
  readonly feed: FuturesFeed;
  readonly product: string | undefined;
  /** product_ids sent for a private feed (Kraken's optional filter). */
  readonly filter: readonly string[] | undefined;
  readonly consumers: Set<Subscription<unknown>>;
  readonly books: Set<FuturesOrderBook>;
  /** Connection epoch in which Kraken acknowledged it; another value means not subscribed now. */
  epoch: number;
  resyncing: boolean;
}

/** The wires of one client, by key and by feed then product. */
export class WireTable {
  readonly #wires = new Map<string, Wire>();
  /** The same wires by feed, then product ("" for feeds without one). */
  readonly #route = new Map<string, Map<string, Wire>>();

  /** Number of wires. */
  get size(): number {
    return this.#wires.size;
  }

  /** Every wire. */
  values(): IterableIterator<Wire> {
    return this.#wires.values();
  }

  /** The wire a frame of `feed` and `product` ("" for feeds without one) belongs to. */
  find(feed: string, product: string): Wire | undefined {
    return this.#route.get(feed)?.get(product);
  }

  /** Whether `w` is still the table's wire for its key. */
  holds(w: Wire): boolean {
    return this.#wires.get(w.key) === w;
  }

  /**
   * The wires of a subscription, created where missing. A private feed is one wire whose product
   * filter every subscription must share.
   * @throws KrakenValidationError when a private feed is already on the wire with other product_ids
   */
  wiresFor(feed: FuturesFeed, products: readonly string[]): Wire[] {
    const keyed = V1_PRIVATE_FEEDS.has(feed) || feed === "heartbeat" ? [undefined] : products;
    return keyed.map((product) => {
      const key = `${feed}|${product ?? ""}`;
      let w = this.#wires.get(key);
      if (!w) {
        w = {
          key,
          feed,
          product,
          filter: product === undefined && products.length > 0 ? products : undefined,
          consumers: new Set(),
          books: new Set(),
          epoch: -1,
          resyncing: false,
        };
        this.#wires.set(key, w);
        let byProduct = this.#route.get(feed);
        if (!byProduct) {
          byProduct = new Map();
          this.#route.set(feed, byProduct);
        }
        byProduct.set(product ?? "", w);
      } else if (product === undefined && products.join() !== (w.filter ?? []).join()) {
        throw new KrakenValidationError(
          `${feed} is already subscribed with other product_ids on this client`,
          "product_ids",
        );
      }
      return w;
    });
  }

  /** Removes a wire nobody uses any more; returns whether it is unused. */
  dropIfUnused(w: Wire): boolean {
    if (w.consumers.size > 0 || w.books.size > 0) return false;
    if (this.#wires.get(w.key) === w) {
      this.#wires.delete(w.key);
      this.#route.get(w.feed)?.delete(w.product ?? "");
    }
    return true;
  }

  /** Forgets every wire. */
  clear(): void {
    this.#wires.clear();
    this.#route.clear();
  }
}

/** The product_ids of one (un)subscribe for wires of one feed: the products, or a private filter. */
export function productsOf(wires: readonly Wire[]): string[] | undefined {
  const first = wires[0];
  if (first?.product === undefined) return first?.filter ? [...first.filter] : undefined;
  return wires.map((w) => w.product as string);
}

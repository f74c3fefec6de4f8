// Async iteration over a book's states: one pending wake-up per loop (latest state), never a queue.
import { abortReason } from "../util/abort.js";

/**
 * The part of a book the iteration uses ({@link OrderBook}, {@link Level3Book} and the live books).
 * @example
 * const watched: Watched = await ws.book({ symbol: "BTC/USD" }); // any book fits
 * watched.synced; // true once the first snapshot is applied
 */
export interface Watched {
  readonly synced: boolean;
  readonly closed: boolean;
  on(event: "update" | "close", fn: () => void): () => void;
}

/**
 * A book's states as an async iterable: yields the book itself, synced, once for every batch of
 * updates applied since the previous yield. Latest-state semantics: nothing is queued, so a slow loop
 * sees fewer yields (compare `stats.updates` between two), never a backlog or a stale state; while
 * the book is rebuilt (after `resync`) nothing is yielded until the fresh snapshot. The loop ends
 * when a live book closes (a failure that ended it was reported on its `error` event) and throws the signal's
 * reason when `signal` aborts. Leaving the loop (`break`, `return`, a throw) only detaches it: the
 * book stays open (see {@link watchBook} for a loop that owns its book).
 * @example
 * import { bookUpdates } from "kraken-connector/books";
 * await using book = await ws.book({ symbol: "BTC/USD", depth: 10 });
 * let n = 0;
 * for await (const b of bookUpdates(book, { signal: AbortSignal.timeout(60_000) })) {
 *   console.log(b.bestBid()?.price, b.bestAsk()?.price, b.stats.updates);
 *   if (++n === 5) break; // the book stays open until `await using` closes it
 * }
 */
export async function* bookUpdates<B extends Watched>(
  book: B,
  { signal }: { signal?: AbortSignal } = {},
): AsyncGenerator<B, void, undefined> {
  let dirty = book.synced;
  let end: { error?: unknown } | undefined = book.closed ? {} : undefined;
  let wake = () => {};
  const stop = (e: { error?: unknown }) => {
    end ??= e;
    wake();
  };
  const onAbort = () => stop({ error: abortReason(signal as AbortSignal) });
  const offs = [
    book.on("update", () => {
      dirty = true;
      wake();
    }),
    book.on("close", () => stop({})),
  ];
  if (signal?.aborted) onAbort();
  signal?.addEventListener("abort", onAbort);
  try {
    for (;;) {
      // a book cleared for a resync waits for the fresh snapshot's update
      while (!(dirty && book.synced) && !end) await new Promise<void>((r) => (wake = r));
      if (end) {
        if (end.error !== undefined) throw end.error;
        return;
      }
      dirty = false;
      yield book;
    }
  } finally {
    for (const off of offs) off();
    signal?.removeEventListener("abort", onAbort);
  }
}

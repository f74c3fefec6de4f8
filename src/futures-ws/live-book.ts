// A live v1 book on the wire: its wire joined (with a snapshot of its own), a fresh snapshot of its
// product when it fails a check, its wire released when it stops, and the wait for its first snapshot.
import { KrakenWsTimeoutError } from "../errors/ws.js";
import { withDeadline } from "../util/abort.js";
import type { FuturesBookOptions, FuturesOrderBook } from "./book.js";
import type { WireSync } from "./wire-sync.js";
import type { Wire } from "./wires.js";

/** Puts `book` on its product's wire; resolves once its snapshot is applied, else closes it. */
export async function startLiveBook(
  sync: WireSync,
  book: FuturesOrderBook,
  options: FuturesBookOptions,
  timeoutMs: number,
): Promise<FuturesOrderBook> {
  const wire = sync.table.wiresFor("book", [options.product_id])[0] as Wire;
  const synced = new Promise<void>((resolve) => book.once("update", () => resolve()));
  await sync.serial(async () => {
    wire.books.add(book);
    try {
      await sync.ensure("book", [wire], options.signal, true);
    } catch (e) {
      wire.books.delete(book);
      sync.table.dropIfUnused(wire);
      throw e;
    }
  });
  book.on("resync", ({ reason }) => {
    if (reason !== "reconnect" && reason !== "subscription-ended") sync.resync(wire);
  });
  let stopped = false;
  book.stop = () => {
    if (stopped) return Promise.resolve();
    stopped = true;
    return sync.serial(async () => {
      wire.books.delete(book);
      await sync.release([wire]);
    });
  };
  options.signal?.addEventListener("abort", () => void book.close(), { once: true });
  try {
    await withDeadline(
      synced,
      timeoutMs,
      () => new KrakenWsTimeoutError("book snapshot", timeoutMs, "yes"),
      options.signal,
    );
  } catch (e) {
    await book.close();
    throw e;
  }
  return book;
}

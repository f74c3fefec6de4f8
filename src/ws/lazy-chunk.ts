import { KrakenError } from "../errors/base.js";

/**
 * Code loaded on first use: in a browser build it is a separate chunk, so an app that never needs it
 * does not download it (issue 7's size budget). `load()` imports once per page or process; a failure
 * (in a browser, a chunk that could not be downloaded) becomes a retryable {@link KrakenError} with
 * code `chunk_load_failed` (category `network`, the import error as `cause`), and the next call
 * tries again.
 */
export class LazyChunk<T> {
  /** The module once loaded, for callers that cannot wait (the router's per-frame path). */
  value: T | undefined;
  #loading: Promise<T> | undefined;

  constructor(
    private readonly what: string,
    private readonly importer: () => Promise<T>,
  ) {}

  load(): Promise<T> {
    this.#loading ??= this.importer().then(
      (m) => (this.value = m),
      (e: unknown) => {
        this.#loading = undefined;
        throw new KrakenError(`could not load the ${this.what}: ${e instanceof Error ? e.message : e}`, {
          code: "chunk_load_failed",
          category: "network",
          retryable: true,
          cause: e,
        });
      },
    );
    return this.#loading;
  }
}

/**
 * The book code: the lossless book/level3 decoder, the book classes and their sync (book-sync.ts).
 * `ws.book()` and `ws.level3()` load it, and `subscribe()` awaits it before it asks Kraken for a `book`
 * or `level3` channel, so the decoder is here before a book frame can arrive.
 */
export const bookCode = /* @__PURE__ */ new LazyChunk("book code", () => import("./books/book-sync.js"));

/**
 * Validation and wire encoding of trading parameters and the managed dead man's switch (trading.ts),
 * loaded by the first trading call.
 */
export const tradingCode = /* @__PURE__ */ new LazyChunk(
  "trading code",
  () => import("./trading/trading.js"),
);

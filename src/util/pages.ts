/** Walks pages from any page fetcher, yielding each entry once (by key), stoppable with an AbortSignal. */

/**
 * One page: its entries and the token of the next page (`undefined` when this was the last).
 * @example
 * ```ts
 * const page: Page<{ id: string }, string> = { entries: [{ id: "a" }], next: "cursor-2" };
 * ```
 */
export interface Page<E, T> {
  /** Entries of this page, in the order the server gave them. */
  entries: E[];
  /** Token for the next page; `undefined` ends the walk. */
  next?: T;
}

/**
 * Fetches the page for `token` (`undefined` for the first page).
 * @example
 * ```ts
 * const fetchPage: PageFetcher<{ id: string }, string> = async (token) => ({ entries: [], next: undefined });
 * ```
 */
export type PageFetcher<E, T> = (token: T | undefined, signal?: AbortSignal) => Promise<Page<E, T>>;

/**
 * Yields every entry of every page in order; an entry whose key was already yielded is dropped (pages
 * that shift while entries arrive repeat entries, never skip them: see `paginate`). Throws the
 * signal's reason once it aborts, between pages or between entries.
 * @example
 * ```ts
 * for await (const e of walkPages(fetchPage, (e) => e.id, { signal })) console.log(e.id);
 * ```
 */
export async function* walkPages<E, T>(
  fetchPage: PageFetcher<E, T>,
  key: (entry: E) => string,
  options: { signal?: AbortSignal } = {},
): AsyncGenerator<E, void, undefined> {
  const { signal } = options;
  const seen = new Set<string>();
  let token: T | undefined;
  do {
    signal?.throwIfAborted();
    const page = await fetchPage(token, signal);
    for (const entry of page.entries) {
      const k = key(entry);
      if (seen.has(k)) continue;
      seen.add(k);
      yield entry;
      signal?.throwIfAborted();
    }
    token = page.next;
  } while (token !== undefined);
}

/** Auto-paginating async iterators over Kraken Spot's paged history operations (ofs and cursor). */
import { walkPages } from "../util/pages.js";
import type { CallOptions } from "./options.js";
import type { OperationParams, OperationResult } from "./types.js";

type MapValue<M> = M extends Record<string, infer V> ? V : never;
type ArrayItem<R> = R extends readonly (infer I)[] ? I : never;

/**
 * The entry type each paginated operation yields.
 * @example
 * ```ts
 * const trade: PaginatedEntries["getTradeHistory"] = (await rest.getTradeHistory()).trades[id]!;
 * ```
 */
export interface PaginatedEntries {
  getTradeHistory: MapValue<OperationResult<"getTradeHistory">["trades"]>;
  getLedgers: MapValue<OperationResult<"getLedgers">["ledger"]>;
  getClosedOrders: MapValue<OperationResult<"getClosedOrders">["closed"]>;
  getStatusRecentDeposits: ArrayItem<OperationResult<"getStatusRecentDeposits">>;
  getStatusRecentWithdrawals: ArrayItem<OperationResult<"getStatusRecentWithdrawals">>;
}

/**
 * Operations {@link paginate} walks: `ofs` paging (trades, ledgers, closed orders) and `cursor` paging (funding).
 * @example
 * ```ts
 * const op: PaginatedOperationId = "getLedgers";
 * ```
 */
export type PaginatedOperationId = keyof PaginatedEntries;

/**
 * Parameters of a walk: the operation's own, without the paging ones the walk sets.
 * @example
 * ```ts
 * const params: PaginateParams<"getLedgers"> = { asset: "ZUSD", type: "deposit" };
 * ```
 */
export type PaginateParams<Id extends PaginatedOperationId> = Omit<OperationParams<Id>, "ofs" | "cursor">;

/**
 * One yielded entry with its id (trade id, ledger id, order id; `refid` for deposits and withdrawals).
 * @example
 * ```ts
 * for await (const { id, entry }: PagedEntry<"getLedgers"> of paginate(rest, "getLedgers")) console.log(id, entry.amount);
 * ```
 */
export interface PagedEntry<Id extends PaginatedOperationId> {
  /** Kraken's id of the entry. */
  id: string;
  /** The entry as the operation returns it. */
  entry: PaginatedEntries[Id];
}

/**
 * The one method a walk needs (a `KrakenRest` has it).
 * @example
 * ```ts
 * const requester: PageRequester = new KrakenRest({ apiKey, apiSecret });
 * ```
 */
export interface PageRequester {
  /** Calls an operation and resolves with its `result`. */
  request(operationId: string, params: never, options?: CallOptions): Promise<unknown>;
}

// ofs operations: the result's list key and the entry field holding its time (unix seconds).
const OFS: Record<string, [list: string, time: string]> = {
  getTradeHistory: ["trades", "time"],
  getLedgers: ["ledger", "time"],
  getClosedOrders: ["closed", "closetm"],
};

type Row = Record<string, unknown>;
type Entry = { id: string; entry: unknown };

/**
 * Walks every page of a paginated history operation, newest first, yielding each entry once with its
 * id. Calls go through `rest.request`, so signing, retries and the rate limiter apply to each page.
 *
 * Entries that arrive during the walk: Kraken's `ofs` counts from the newest entry, so a new entry
 * shifts every later page down by one. The walk therefore anchors itself after the first page: every
 * further page is asked with `end` = one second past the newest entry seen (the operation's own `end`
 * when that is earlier), so entries newer than the walk stay out and cannot shift the pages. Entries
 * arriving within that last second can still shift pages; that only ever repeats an entry (a shift
 * pushes entries down, never up), and repeats are dropped by id. So no entry is skipped or repeated;
 * entries newer than the anchor belong to the next walk (start it with `start` = the newest id).
 * Cursor operations (DepositStatus, WithdrawStatus) follow `next_cursor`, also de-duplicated by id.
 * The walk remembers the ids it yielded (memory grows with the history walked).
 *
 * Aborting `signal` stops the walk: the pending request is cancelled and the iterator throws the
 * signal's reason. Breaking out of `for await` stops it too.
 * @example
 * ```ts
 * import { paginate } from "kraken-connector";
 * for await (const { id, entry } of paginate(rest, "getTradeHistory", { type: "all" }, { signal })) {
 *   console.log(id, entry.pair, entry.price, entry.vol);
 * }
 * ```
 */
export function paginate<Id extends PaginatedOperationId>(
  rest: PageRequester,
  operationId: Id,
  params?: PaginateParams<Id>,
  options: { signal?: AbortSignal } = {},
): AsyncGenerator<PagedEntry<Id>, void, undefined> {
  const base = { ...(params as Row | undefined) };
  const call = (p: Row, signal?: AbortSignal) =>
    rest.request(operationId, p as never, { signal }) as Promise<Row | Row[]>;
  const ofs = OFS[operationId];
  if (!ofs) {
    // Cursor paging: `cursor: true` asks for the first page, then each page's `next_cursor`.
    return walkPages<Entry, string>(
      async (cursor, signal) => {
        const r = await call({ ...base, cursor: cursor ?? true }, signal);
        if (Array.isArray(r)) return { entries: r.map(withRefid) }; // paging ignored: one plain list
        const list = (r.deposit ?? r.withdrawal ?? r.withdrawals ?? []) as Row[];
        const next = typeof r.next_cursor === "string" && r.next_cursor !== "" ? r.next_cursor : undefined;
        return { entries: list.map(withRefid), next };
      },
      (e) => e.id,
      options,
    ) as AsyncGenerator<PagedEntry<Id>, void, undefined>;
  }
  const [listKey, timeKey] = ofs;
  const time = base.closetime === "open" ? "opentm" : timeKey;
  let end = base.end;
  return walkPages<Entry, number>(
    async (offset = 0, signal) => {
      const r = (await call({ ...base, ofs: offset, ...(end === undefined ? {} : { end }) }, signal)) as Row;
      const entries = Object.entries((r[listKey] ?? {}) as Record<string, Row>).map(([id, entry]) => ({
        id,
        entry,
      }));
      if (offset === 0) end = anchor(entries, time, end);
      const next = offset + entries.length;
      const done = entries.length === 0 || (typeof r.count === "number" && next >= r.count);
      return { entries, next: done ? undefined : next };
    },
    (e) => e.id,
    options,
  ) as AsyncGenerator<PagedEntry<Id>, void, undefined>;
}

const withRefid = (entry: Row): Entry => ({ id: String(entry.refid), entry });

/** `end` for the pages after the first: one second past its newest entry, or the caller's earlier `end`. */
function anchor(entries: Entry[], time: string, end: unknown): unknown {
  let newest = -Infinity;
  for (const { entry } of entries) newest = Math.max(newest, Number((entry as Row)[time]));
  if (!Number.isFinite(newest)) return end;
  const top = Math.floor(newest) + 1;
  return typeof end === "number" ? Math.min(end, top) : (end ?? top);
}

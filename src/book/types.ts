/**
 * Wire types of Kraken's WS v2 `book` and `level3` frames as produced by `decodeBookMessage`:
 * every price and quantity is an exact, plain decimal string (exponents expanded, digits as sent).
 */

/** One L2 price level: exact decimal strings. `qty: "0"` in an update deletes the level. */
export interface BookLevel {
  readonly price: string;
  readonly qty: string;
}

/** Type of a channel data frame. */
export type BookFrameType = "snapshot" | "update";

/** One `data[]` element of a `book` frame (one symbol). */
export interface BookData {
  readonly symbol: string;
  readonly bids: ReadonlyArray<BookLevel>;
  readonly asks: ReadonlyArray<BookLevel>;
  /** CRC32 of Kraken's top 10 levels per side (unsigned); `undefined` when the frame has none. */
  readonly checksum: number | undefined;
  /** RFC3339 timestamp, when present. */
  readonly timestamp: string | undefined;
}

/** A decoded `book` frame. */
export interface BookFrame {
  readonly channel: "book";
  readonly type: BookFrameType;
  readonly data: ReadonlyArray<BookData>;
}

/** Event of a level3 update entry: a new (or newly visible) order, a changed quantity, a removal. */
export type Level3EventType = "add" | "modify" | "delete";

/** One order of a level3 frame. Snapshot orders have no `event`; update entries always have one. */
export interface Level3Order {
  readonly order_id: string;
  readonly limit_price: string;
  readonly order_qty: string;
  /** Time the order was inserted or last amended (RFC3339, nanoseconds). */
  readonly timestamp: string;
  readonly event?: Level3EventType;
}

/** One `data[]` element of a `level3` frame (one symbol). */
export interface Level3Data {
  readonly symbol: string;
  readonly bids: ReadonlyArray<Level3Order>;
  readonly asks: ReadonlyArray<Level3Order>;
  readonly checksum: number | undefined;
  readonly timestamp: string | undefined;
}

/** A decoded `level3` frame. */
export interface Level3Frame {
  readonly channel: "level3";
  readonly type: BookFrameType;
  readonly data: ReadonlyArray<Level3Data>;
}

/** Any frame `decodeBookMessage` decodes. */
export type BookMessage = BookFrame | Level3Frame;

/**
 * Wire types of Kraken's WS v2 `book` and `level3` frames as produced by `decodeBookMessage`:
 * every price and quantity is an exact, plain decimal string (exponents expanded, digits as sent).
 */

/**
 * One L2 price level: exact decimal strings. `qty: "0"` in an update deletes the level.
 * @example
 * book.bestBid(); // { price: "45283.5", qty: "0.10000000" }
 * book.asks(2); // [{ price: "45283.6", qty: "0.00100000" }, { price: "45284.1", qty: "1.25000000" }]
 */
export interface BookLevel {
  readonly price: string;
  readonly qty: string;
}

/**
 * Type of a channel data frame.
 * @example
 * book.on("update", ({ type }) => {
 *   if (type === "snapshot") console.log("book (re)built from a snapshot");
 * });
 */
export type BookFrameType = "snapshot" | "update";

/**
 * One `data[]` element of a `book` frame (one symbol).
 * @example
 * const msg = decodeBookMessage(frameText);
 * if (!(msg instanceof KrakenBookDecodeError) && msg.channel === "book")
 *   for (const d of msg.data) console.log(d.symbol, d.bids[0]?.price, d.asks[0]?.price, d.checksum);
 */
export interface BookData {
  readonly symbol: string;
  readonly bids: ReadonlyArray<BookLevel>;
  readonly asks: ReadonlyArray<BookLevel>;
  /** CRC32 of Kraken's top 10 levels per side (unsigned); `undefined` when the frame has none. */
  readonly checksum: number | undefined;
  /** RFC3339 timestamp, when present. */
  readonly timestamp: string | undefined;
}

/**
 * A decoded `book` frame.
 * @example
 * const msg = decodeBookMessage(frameText);
 * if (!(msg instanceof KrakenBookDecodeError) && msg.channel === "book") book.apply(msg); // msg: BookFrame
 */
export interface BookFrame {
  readonly channel: "book";
  readonly type: BookFrameType;
  readonly data: ReadonlyArray<BookData>;
}

/**
 * Event of a level3 update entry: a new (or newly visible) order, a changed quantity, a removal.
 * @example
 * const msg = decodeBookMessage(frameText);
 * if (!(msg instanceof KrakenBookDecodeError) && msg.channel === "level3" && msg.type === "update")
 *   for (const o of msg.data[0]?.bids ?? []) if (o.event === "delete") console.log("left:", o.order_id);
 */
export type Level3EventType = "add" | "modify" | "delete";

/**
 * One order of a level3 frame. Snapshot orders have no `event`; update entries always have one.
 * @example
 * l3.order("OTCFZG-YOE2Q-LQKNM3");
 * // { order_id: "OTCFZG-YOE2Q-LQKNM3", limit_price: "45283.5", order_qty: "0.10000000",
 * //   timestamp: "2023-10-06T17:35:55.440295123Z", side: "bid" }
 */
export interface Level3Order {
  readonly order_id: string;
  readonly limit_price: string;
  readonly order_qty: string;
  /** Time the order was inserted or last amended (RFC3339, nanoseconds). */
  readonly timestamp: string;
  readonly event?: Level3EventType;
}

/**
 * One `data[]` element of a `level3` frame (one symbol).
 * @example
 * const msg = decodeBookMessage(frameText);
 * if (!(msg instanceof KrakenBookDecodeError) && msg.channel === "level3")
 *   for (const d of msg.data) console.log(d.symbol, d.bids.length, "bid orders", d.checksum);
 */
export interface Level3Data {
  readonly symbol: string;
  readonly bids: ReadonlyArray<Level3Order>;
  readonly asks: ReadonlyArray<Level3Order>;
  readonly checksum: number | undefined;
  readonly timestamp: string | undefined;
}

/**
 * A decoded `level3` frame.
 * @example
 * const msg = decodeBookMessage(frameText);
 * if (!(msg instanceof KrakenBookDecodeError) && msg.channel === "level3") l3.apply(msg); // msg: Level3Frame
 */
export interface Level3Frame {
  readonly channel: "level3";
  readonly type: BookFrameType;
  readonly data: ReadonlyArray<Level3Data>;
}

/**
 * Any frame `decodeBookMessage` decodes.
 * @example
 * const msg = decodeBookMessage(frameText); // BookMessage | KrakenBookDecodeError
 * if (msg instanceof KrakenBookDecodeError) console.warn(msg.excerpt);
 * else if (msg.channel === "book") book.apply(msg);
 * else l3.apply(msg);
 */
export type BookMessage = BookFrame | Level3Frame;

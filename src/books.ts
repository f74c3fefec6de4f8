/**
 * `kraken-connector/books`: the order-book engine on its own, for apps that feed Kraken's book frames
 * from their own source (a recorded file, another socket) or check checksums themselves. Most apps do
 * not need it: `ws.book()` and `ws.level3()` on `KrakenWs` return live books and load this code
 * on first use, so it stays out of the initial download of a browser app.
 * @module books
 */
export { BookBase } from "./book/book-base.js";
export { bookUpdates, type Watched } from "./book/book-updates.js";
export { bookChecksum, checksumToken, level3Checksum } from "./book/checksum.js";
export { decodeBookMessage } from "./book/decode.js";
export { Level3Book } from "./book/level3-book.js";
export { OrderBook } from "./book/order-book.js";
export { LiveLevel3Book, LiveOrderBook } from "./ws/books/book-sync.js";
export { watchBook, watchLevel3 } from "./ws/books/book-watch.js";

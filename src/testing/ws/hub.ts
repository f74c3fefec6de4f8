/**
 * What channel publishers share: the exchange port, the clock, the subscriber index (subscription
 * key -> connections) and one-shot fault flags. Publishers only read from it and send frames.
 */
import type { WsConnection } from "./connection.js";
import type { WsExchangePort } from "./exchange-port.js";

/** Shared state of the WebSocket simulator. */
export class Hub {
  readonly #index = new Map<string, Set<WsConnection>>();
  /** `book|SYMBOL` / `level3|SYMBOL` whose next checksum is corrupted (fault). */
  readonly corruptChecksum = new Set<string>();
  /** Private channels whose next sequence number is skipped, by account id or "*" (fault). */
  readonly skipSequence = new Map<string, number>();

  constructor(
    readonly exchange: WsExchangePort,
    readonly version: string,
  ) {}

  /** Current time, unix ms. */
  now(): number {
    return this.exchange.clock.now();
  }

  /** Connections holding a subscription key. */
  subscribers(key: string): ReadonlySet<WsConnection> {
    return this.#index.get(key) ?? EMPTY;
  }

  /** Whether anyone holds a key. */
  has(key: string): boolean {
    return (this.#index.get(key)?.size ?? 0) > 0;
  }

  /** Keys with a given prefix that have subscribers (e.g. all book depths of a symbol). */
  keysWithPrefix(prefix: string): string[] {
    const out: string[] = [];
    for (const [k, set] of this.#index) if (set.size > 0 && k.startsWith(prefix)) out.push(k);
    return out;
  }

  /** Adds an index entry. */
  add(key: string, conn: WsConnection): void {
    let set = this.#index.get(key);
    if (!set) {
      set = new Set();
      this.#index.set(key, set);
    }
    set.add(conn);
  }

  /** Removes an index entry. */
  remove(key: string, conn: WsConnection): void {
    const set = this.#index.get(key);
    set?.delete(conn);
    if (set && set.size === 0) this.#index.delete(key);
  }

  /** Removes every entry of a connection. */
  removeConnection(conn: WsConnection): void {
    for (const sub of conn.subs.values()) this.remove(sub.indexKey, conn);
  }

  /** Consumes the corrupt-checksum flag of a channel and symbol (one flush of frames is affected). */
  takeCorrupt(channel: "book" | "level3", symbol: string): boolean {
    return this.corruptChecksum.delete(`${channel}|${symbol}`);
  }
}

const EMPTY: ReadonlySet<WsConnection> = new Set();

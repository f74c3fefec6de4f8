/**
 * One client socket of the simulated Unified WebSocket: its subscriptions with their baselines (what
 * the client was last sent, so updates are diffs) and a single `send` path that honours the stall fault.
 */
import type { WebSocket } from "ws";
import type { Level } from "../../ws/book-diff.js";
import type { UnifiedEndpoint } from "./faults.js";

/** A subscription of one socket and what it was last sent. */
export interface UwsSubscription {
  readonly channel: string;
  readonly symbol?: string;
  readonly depth?: number;
  readonly accountId?: string;
  /** Private channels: the last sequence number sent. */
  sequence: number;
  /** book: the levels the client holds. */
  book?: { bids: Level[]; asks: Level[] };
  /** ticker: the last top of book and trade sent, to send only changes. */
  ticker?: string;
  /** trade: how many trades of the symbol were already sent. */
  tradesSent?: number;
  /** executions: order id → what the client knows of it. */
  orders?: Map<string, { status: string; filled: string; cost: string; qty: string; price?: string }>;
  /** balances: currency → balance; positions: symbol → "size@price"; margin: the last state. */
  state?: Map<string, string>;
}

/** Server-side state of one Unified socket. */
export class UwsConnection {
  /** Subscriptions by key (`channel|symbol`). */
  readonly subs = new Map<string, UwsSubscription>();
  /** The token → account the private endpoint accepted on this socket. */
  readonly tokens = new Map<string, string>();
  sentSinceTick = false;
  #closed = false;

  constructor(
    readonly socket: WebSocket,
    readonly endpoint: UnifiedEndpoint,
    private readonly stalled: () => boolean,
  ) {}

  get open(): boolean {
    return !this.#closed && this.socket.readyState === 1;
  }

  send(text: string): void {
    if (!this.open || this.stalled()) return;
    this.sentSinceTick = true;
    this.socket.send(text);
  }

  close(code = 1000, reason = ""): void {
    if (this.#closed) return;
    this.#closed = true;
    if (code === 1006) this.socket.terminate();
    else this.socket.close(code, reason);
    this.subs.clear();
  }

  dispose(): void {
    this.#closed = true;
    this.subs.clear();
  }
}

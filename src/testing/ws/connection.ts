/**
 * One client socket of a simulated endpoint: what it is subscribed to, its fault state (stall,
 * delay) and the single `send` path every frame goes through, so faults apply to all frames alike.
 */
import type { WebSocket } from "ws";

/** Which Kraken endpoint a connection belongs to. */
export type EndpointKind = "public" | "auth" | "level3";

/** A live subscription of one connection. `key` identifies it (channel + symbol + key params). */
export interface ConnSubscription {
  readonly key: string;
  /** Key in the hub's subscriber index (private channels add the account id). */
  readonly indexKey: string;
  readonly channel: string;
  readonly symbol?: string;
  /** book/level3 depth. */
  readonly depth?: number;
  /** ohlc interval in minutes. */
  readonly interval?: number;
  /** ticker trigger. */
  readonly eventTrigger?: "bbo" | "trades";
  /** executions/balances: the account this token belongs to. */
  readonly accountId?: string;
  /** executions: only new/filled/canceled/expired when false. */
  readonly orderStatus?: boolean;
  /** executions/balances: per-subscription message counter (last value sent). */
  sequence: number;
}

let nextConnectionId = 13834774380200032777n;

/** Server-side state of one socket. */
export class WsConnection {
  /** Kraken's debugging id; deliberately above 2^53 like the real one. */
  readonly connectionId = nextConnectionId++;
  readonly subs = new Map<string, ConnSubscription>();
  /** Stalled: the socket stays open but nothing is sent (frames are dropped). */
  stalled = false;
  /** Delay added before each outgoing frame, in ms. */
  delayMs = 0;
  /** Time of the last frame sent (heartbeats are only sent when idle). */
  sentSinceTick = false;
  /** When the client last sent a frame (unix ms), for the idle timeout. */
  lastReceivedAt = Date.now();
  /** Request timestamps for the message-rate limiter. */
  readonly requestTimes: number[] = [];
  /** level3 subscription rate counter and when it was last decayed. */
  l3Counter = 0;
  l3CounterAt = 0;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #closed = false;

  constructor(
    readonly socket: WebSocket,
    readonly endpoint: EndpointKind,
    /** Small sequential id for fault targeting (`sim.faults.ws.close({ connection: 1 })`). */
    readonly index: number,
  ) {}

  /** Whether the socket is still usable. */
  get open(): boolean {
    return !this.#closed && this.socket.readyState === 1;
  }

  /** Sends one text frame, honouring stall and delay faults. */
  send(text: string): void {
    if (!this.open || this.stalled) return;
    this.sentSinceTick = true;
    if (this.delayMs > 0) {
      const t = setTimeout(() => {
        this.#timers.delete(t);
        if (this.open && !this.stalled) this.socket.send(text);
      }, this.delayMs);
      this.#timers.add(t);
      return;
    }
    this.socket.send(text);
  }

  /** Closes with a code (1000 normal, 1006 cannot be sent: terminate instead). */
  close(code = 1000, reason = ""): void {
    if (this.#closed) return;
    if (code === 1006) this.socket.terminate();
    else this.socket.close(code, reason);
    this.dispose();
  }

  /** Drops pending delayed frames; called when the socket goes away. */
  dispose(): void {
    this.#closed = true;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    this.subs.clear();
  }
}

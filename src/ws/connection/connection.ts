// One socket's lifecycle: connect, ping/pong, stale watchdog, reconnect with backoff, close-code policy.
import { KrakenWsConnectionError, redactFrame } from "../../errors/ws.js";
import { frameText, type WebSocketConstructor, type WebSocketLike } from "../../runtime/websocket.js";
import { backoffDelay } from "../../util/backoff.js";
import type { ConnectBudget } from "./connect-budget.js";
import type {
  ConnectionHooks,
  ConnectionName,
  ConnectionPolicy,
  ConnectionState,
} from "./connection-types.js";
import { Timers } from "./timers.js";

export type {
  ConnectionHooks,
  ConnectionName,
  ConnectionPolicy,
  ConnectionState,
} from "./connection-types.js";

/**
 * One WebSocket with its lifecycle: connect timeout, application ping with pong timeout, a staleness
 * watchdog, reconnect with exponential backoff and full jitter under a shared connect budget, and a
 * close-code policy. It knows nothing about subscriptions; the client replays them on `opened`.
 */
export class Connection {
  #state: ConnectionState = "idle";
  #socket: WebSocketLike | undefined;
  #attempt = 0;
  #everOpened = false;
  #downSince = 0;
  #cause = "";
  #lastFrameAt = 0;
  #stamping = false;
  readonly #stamp = () => {
    this.#stamping = false;
    this.#lastFrameAt = Date.now();
  };
  #waiters: Array<{ resolve: () => void; reject: (e: unknown) => void }> = [];
  readonly timers = new Timers();
  /** Minimum reconnect delay set by the client (e.g. 5 s while Kraken reports maintenance). */
  delayFloorMs = 0;

  constructor(
    readonly name: ConnectionName,
    readonly url: string,
    private readonly WebSocketImpl: WebSocketConstructor,
    private readonly policy: ConnectionPolicy,
    private readonly budget: ConnectBudget,
    private readonly hooks: ConnectionHooks,
  ) {}

  /** Current state. */
  get state(): ConnectionState {
    return this.#state;
  }

  /** Resolves once the socket is open (starting it when idle); rejects when the connection is closed. */
  open(): Promise<void> {
    if (this.#state === "open") return Promise.resolve();
    if (this.#state === "closed") return Promise.reject(this.#closedError("connection is closed"));
    const p = new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    if (this.#state === "idle") this.#connect();
    return p;
  }

  /** Sends one text frame; throws (nothing sent) when the socket is not open. */
  send(text: string): void {
    const socket = this.#socket;
    if (this.#state !== "open" || !socket || socket.readyState !== 1) {
      throw this.#closedError(`${this.name} socket is not open`);
    }
    socket.send(text);
  }

  /** Called by the router when a pong arrives. */
  pong(): void {
    this.timers.clear("pong");
  }

  /** Drops the socket and reconnects (watchdogs, idle subscriptions, tests). */
  restart(reason: string): void {
    if (this.#state !== "open" && this.#state !== "connecting") return;
    this.#lose(4000, reason);
  }

  /** Closes for good: no reconnect; pending `open()` callers are rejected. */
  close(code = 1000, reason = "client closed"): void {
    if (this.#state === "closed") return;
    this.timers.clearAll();
    const socket = this.#detach();
    try {
      socket?.close(code, reason);
    } catch {
      // a socket that never opened may refuse close(); it is detached either way
    }
    this.#setState("closed");
    this.#rejectWaiters(this.#closedError(reason, false));
  }

  #connect(): void {
    this.#setState("connecting");
    const wait = this.budget.reserve();
    if (wait > 0) {
      this.timers.set("budget", wait, () => this.#connect());
      return;
    }
    let socket: WebSocketLike;
    try {
      socket = new this.WebSocketImpl(this.url, undefined, { maxPayload: this.policy.maxPayload });
    } catch (e) {
      this.#fail(1006, e instanceof Error ? e.message : "cannot create socket");
      return;
    }
    this.#socket = socket;
    socket.binaryType = "arraybuffer";
    socket.onopen = () => this.#onOpen();
    socket.onmessage = (ev) => this.#onMessage(ev.data);
    // the close event that follows carries the code; `ws` tells the cause (ECONNREFUSED …) only here
    socket.onerror = (ev) => {
      this.#cause = String((ev as { message?: unknown } | null)?.message ?? "");
    };
    socket.onclose = (ev) =>
      this.#lose(
        ev.code,
        redactFrame(ev.reason || this.#cause || "closed by peer", this.policy.secrets),
        true,
      );
    this.timers.set("connect", this.policy.connectTimeoutMs, () => this.#lose(4001, "connect timeout"));
  }

  #onOpen(): void {
    this.timers.clear("connect");
    this.#attempt = 0;
    const isReconnect = this.#everOpened;
    this.#everOpened = true;
    this.#lastFrameAt = Date.now();
    this.#setState("open");
    this.#schedulePing();
    this.#scheduleStale(this.policy.staleAfterMs);
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w.resolve();
    this.hooks.opened(isReconnect, isReconnect ? Date.now() - this.#downSince : 0);
  }

  #onMessage(data: unknown): void {
    // One clock read per burst of frames, after it (a read per frame was a measurable part of the hot path).
    if (!this.#stamping) {
      this.#stamping = true;
      queueMicrotask(this.#stamp);
    }
    const text = frameText(data);
    if (text !== undefined) this.hooks.frame(text);
  }

  #schedulePing(): void {
    this.timers.set("ping", this.policy.pingIntervalMs, () => {
      try {
        this.send(this.hooks.pingFrame());
      } catch {
        return;
      }
      if (!this.timers.has("pong")) {
        this.timers.set("pong", this.policy.pongTimeoutMs, () => this.#lose(4002, "pong timeout"));
      }
      this.#schedulePing();
    });
  }

  // One timer instead of a reset per frame: the hot path only stores a timestamp.
  #scheduleStale(ms: number): void {
    this.timers.set("stale", ms, () => {
      const idle = Date.now() - this.#lastFrameAt;
      if (idle >= this.policy.staleAfterMs) this.#lose(4003, `no frame for ${idle} ms`);
      else this.#scheduleStale(this.policy.staleAfterMs - idle);
    });
  }

  #detach(): WebSocketLike | undefined {
    const socket = this.#socket;
    this.#socket = undefined;
    if (socket) {
      socket.onopen = null;
      socket.onmessage = null;
      socket.onclose = null;
      socket.onerror = () => {};
    }
    return socket;
  }

  #lose(code: number, reason: string, fromPeer = false): void {
    if (this.#state === "closed") return;
    this.timers.clearAll();
    const socket = this.#detach();
    if (!fromPeer) {
      try {
        socket?.close(4000, reason.slice(0, 100));
      } catch {
        // already closing
      }
    }
    this.#fail(code, reason);
  }

  #fail(code: number, reason: string): void {
    const wasOpen = this.#state === "open";
    if (wasOpen) this.#downSince = Date.now();
    else if (!this.#everOpened && this.#downSince === 0) this.#downSince = Date.now();
    const final = this.policy.finalCloseCodes.includes(code) || this.#attempt >= this.policy.maxAttempts;
    this.#cause = "";
    const what = wasOpen ? "lost" : `to ${this.url} failed`;
    const error = new KrakenWsConnectionError(`${this.name} socket ${what}: ${code} ${reason}`, {
      connection: this.name,
      closeCode: code,
      retryable: !final,
    });
    if (final) {
      this.timers.clearAll();
      this.#setState("closed");
      this.#rejectWaiters(error);
      this.hooks.lost({ code, reason, final, failed: !wasOpen, error });
      return;
    }
    this.#setState("reconnecting");
    const delay = Math.max(this.delayFloorMs, backoffDelay(this.#attempt, this.policy));
    this.#attempt++;
    this.hooks.lost({ code, reason, final, failed: !wasOpen, error });
    if (this.#state !== "reconnecting") return; // the client closed us from inside the hook
    this.hooks.reconnecting(this.#attempt, delay);
    this.timers.set("reconnect", delay, () => this.#connect());
  }

  #setState(next: ConnectionState): void {
    const previous = this.#state;
    if (previous === next) return;
    this.#state = next;
    this.hooks.state(next, previous);
  }

  #rejectWaiters(error: unknown): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w.reject(error);
  }

  #closedError(reason: string, retryable = true): KrakenWsConnectionError {
    return new KrakenWsConnectionError(`${this.name}: ${reason}`, { connection: this.name, retryable });
  }
}

// The types of one connection: its name, its states, its timing policy and the hooks to its owner.
import type { KrakenWsConnectionError } from "../../errors/ws.js";

/**
 * Which of the client's sockets: market data, private/trading, or level3.
 * @example
 * await ws.connect("auth"); // open the private socket now instead of on first use
 * ws.on("disconnected", ({ connection, code }) => console.warn(connection, "closed with", code));
 */
export type ConnectionName = "public" | "auth" | "level3";

/**
 * Connection state machine: idle → connecting → open → reconnecting → connecting … → closed.
 * @example
 * ws.connectionState("public"); // "idle" until first needed
 * ws.on("state", ({ connection, previous, state }) => console.log(`${connection}: ${previous} -> ${state}`));
 */
export type ConnectionState = "idle" | "connecting" | "open" | "reconnecting" | "closed";

/** Timing and policy knobs of one connection (resolved defaults; see KrakenWsOptions). */
export interface ConnectionPolicy {
  connectTimeoutMs: number;
  pingIntervalMs: number;
  pongTimeoutMs: number;
  staleAfterMs: number;
  minDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
  /** Close codes after which the client does not reconnect (default: 1008 policy violation). */
  finalCloseCodes: readonly number[];
  random: () => number;
  /** Largest message (bytes) the transport accepts, where it can refuse one before buffering it. */
  maxPayload: number;
  /** Tokens to scrub from close reasons (a server may echo anything there). */
  secrets: readonly string[];
}

/** Callbacks from a connection to the client that owns it. */
export interface ConnectionHooks {
  frame(text: string): void;
  opened(isReconnect: boolean, downtimeMs: number): void;
  /** The socket was lost; `final` when no reconnect follows, `failed` when it never opened. */
  lost(info: {
    code: number;
    reason: string;
    final: boolean;
    failed: boolean;
    error: KrakenWsConnectionError;
  }): void;
  state(state: ConnectionState, previous: ConnectionState): void;
  reconnecting(attempt: number, delayMs: number): void;
  /** The keep-alive frame (v2: the `ping` method; Derivatives v1 has none); its answer must reach `pong()`. */
  pingFrame(): string;
}

// The only module that knows which WebSocket implementation runs: isomorphic-ws resolves to `ws` in
// Node and to the native WebSocket in browsers and Deno (browser build). Everything else talks to the
// standard subset below, so no `ws`-specific API (.on, .ping, Buffer) leaks into the client.
import IsomorphicWebSocket from "isomorphic-ws";

/** Close event subset used by the client. */
export interface WebSocketCloseEvent {
  readonly code: number;
  readonly reason: string;
}

/** Message event subset used by the client. */
export interface WebSocketMessageEvent {
  readonly data: unknown;
}

/** The standard WebSocket surface the client relies on (browser, Deno, `ws`). */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: WebSocketMessageEvent) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onclose: ((event: WebSocketCloseEvent) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/**
 * A WebSocket constructor: the global `WebSocket`, `ws`, or a test double. The client passes
 * `{ maxPayload }` as the third argument: `ws` refuses a larger message before buffering it whole;
 * browsers and Deno ignore it (the client's own length check still applies there).
 */
export type WebSocketConstructor = new (
  url: string,
  protocols?: undefined,
  options?: { maxPayload?: number },
) => WebSocketLike;

/** The runtime's WebSocket (isomorphic-ws). */
export function defaultWebSocket(): WebSocketConstructor {
  return IsomorphicWebSocket as unknown as WebSocketConstructor;
}

let decoder: TextDecoder | undefined;

/** Text of a message event: text frames are strings everywhere; binary frames are decoded as UTF-8. */
export function frameText(data: unknown): string | undefined {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
    decoder ??= new TextDecoder();
    return decoder.decode(data);
  }
  return undefined;
}

/**
 * A WebSocket wrapper for the Unified WebSocket: `positions` and `margin` frames carry their sizes,
 * prices and margin figures as JSON numbers under keys Spot frames do not have, so before the client's
 * decoder sees such a frame its money literals are turned into exact decimal strings here (the decoder
 * leaves strings alone). Every other frame passes through untouched. Keeping this outside the Spot
 * decoder keeps it out of Spot apps' bundles.
 */
import { frameText, type WebSocketConstructor, type WebSocketLike } from "../../runtime/websocket.js";
import { parseExactJson } from "../../util/exact-json.js";
import { WS_MONEY_KEYS } from "../protocol/money-keys.js";

/**
 * Money keys (besides `WS_MONEY_KEYS`) of the Unified WebSocket's derivatives-only channels: `positions` (`size`, `entry_price`,
 * documented as JSON numbers) and `margin` (the flex wallet's figures, named as the Derivatives
 * WebSocket `balances` feed's `flex_futures`, which this channel carries).
 * @see https://docs.kraken.com/exchange/api-reference/unified-ws/positions
 */
export const UNIFIED_MONEY_KEYS: readonly string[] = [
  "size",
  "entry_price",
  "initial_margin",
  "initial_margin_with_orders",
  "maintenance_margin",
  "balance_value",
  "portfolio_value",
  "pnl",
  "unrealized_funding",
  "total_unrealized",
  "total_unrealized_as_margin",
  "available_margin",
  "margin_equity",
];

// Built on first use (a spread at module level would keep this module in every bundle of the package).
let exactKeys: ReadonlySet<string> | undefined;

const UNIFIED_ONLY = /^\{\s*"channel"\s*:\s*"(?:positions|margin)"/;

/** The frame with its money literals quoted, or the frame itself when it is not a positions/margin frame. */
export function quoteUnifiedMoney(text: string): string {
  if (!UNIFIED_ONLY.test(text)) return text;
  try {
    exactKeys ??= new Set([...WS_MONEY_KEYS, ...UNIFIED_MONEY_KEYS]);
    return JSON.stringify(parseExactJson(text, exactKeys));
  } catch {
    return text; // malformed: the client's decoder reports it
  }
}

/** Wraps a WebSocket constructor so that incoming frames pass through {@link quoteUnifiedMoney}. */
export function exactUnifiedFrames(Impl: WebSocketConstructor): WebSocketConstructor {
  return class UnifiedSocket implements WebSocketLike {
    readonly #s: WebSocketLike;
    #onmessage: WebSocketLike["onmessage"] = null;

    constructor(url: string) {
      this.#s = new Impl(url);
    }
    get binaryType(): string {
      return this.#s.binaryType;
    }
    set binaryType(v: string) {
      this.#s.binaryType = v;
    }
    get readyState(): number {
      return this.#s.readyState;
    }
    get onopen(): WebSocketLike["onopen"] {
      return this.#s.onopen;
    }
    set onopen(fn: WebSocketLike["onopen"]) {
      this.#s.onopen = fn;
    }
    get onerror(): WebSocketLike["onerror"] {
      return this.#s.onerror;
    }
    set onerror(fn: WebSocketLike["onerror"]) {
      this.#s.onerror = fn;
    }
    get onclose(): WebSocketLike["onclose"] {
      return this.#s.onclose;
    }
    set onclose(fn: WebSocketLike["onclose"]) {
      this.#s.onclose = fn;
    }
    get onmessage(): WebSocketLike["onmessage"] {
      return this.#onmessage;
    }
    set onmessage(fn: WebSocketLike["onmessage"]) {
      this.#onmessage = fn;
      this.#s.onmessage = fn
        ? (ev) => {
            const text = frameText(ev.data);
            fn(text === undefined ? ev : { data: quoteUnifiedMoney(text) });
          }
        : null;
    }
    send(data: string): void {
      this.#s.send(data);
    }
    close(code?: number, reason?: string): void {
      this.#s.close(code, reason);
    }
  };
}

/**
 * Records everything the simulator received (REST requests and WebSocket frames) so tests can assert
 * on what a client actually sent. API-Sign headers are redacted; bodies are kept as received.
 */

/** One REST request as received. */
export interface RecordedRequest {
  readonly kind: "rest";
  /** Unix milliseconds. */
  readonly time: number;
  readonly method: string;
  /** URI path, e.g. `/0/private/AddOrder`. */
  readonly path: string;
  /** Operation id (`addOrder`) when the path is known. */
  readonly operationId?: string;
  /** Lower-cased headers; `api-sign` is redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** Raw body text as received. */
  readonly rawBody: string;
  /** Query and body parameters, parsed (form brackets nested, JSON as is). */
  readonly params: Readonly<Record<string, unknown>>;
  /** API-Key header, when present. */
  readonly apiKey?: string;
}

/** One WebSocket frame received from a client. */
export interface RecordedFrame {
  readonly kind: "ws";
  readonly time: number;
  /** Which endpoint received it. */
  readonly endpoint: "public" | "auth" | "level3";
  /** Connection index (see `sim.faults.ws.connections()`). */
  readonly connection: number;
  /** The frame text. */
  readonly text: string;
  /** Parsed JSON, when it parsed. */
  readonly message?: unknown;
}

/**
 * The simulator's recorder (`sim.recorder`).
 *
 * @example
 * const add = sim.recorder.requests.find((r) => r.operationId === "addOrder");
 * expect(add?.params.cl_ord_id).toBe("my-order-1");
 */
export class Recorder {
  /** REST requests, oldest first. */
  readonly requests: RecordedRequest[] = [];
  /** WebSocket frames received, oldest first. */
  readonly frames: RecordedFrame[] = [];
  /** Set false to stop recording (e.g. in load tests). */
  enabled = true;

  /** Appends a REST request. */
  recordRequest(entry: Omit<RecordedRequest, "kind">): void {
    if (this.enabled) this.requests.push({ kind: "rest", ...entry });
  }

  /** Appends a received WebSocket frame (the WS servers call this); its JSON is parsed when valid. */
  record(frame: Omit<RecordedFrame, "kind" | "message">): void {
    if (!this.enabled) return;
    let message: unknown;
    try {
      message = JSON.parse(frame.text);
    } catch {
      message = undefined;
    }
    this.frames.push({ kind: "ws", ...frame, ...(message !== undefined ? { message } : {}) });
  }

  /** REST requests of one operation (by operationId such as `addOrder`, or Kraken name such as `AddOrder`). */
  requestsFor(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operation || r.path.endsWith(`/${operation}`));
  }

  /** Frames whose parsed message has the given `method` (e.g. `add_order`, `subscribe`). */
  framesFor(method: string): RecordedFrame[] {
    return this.frames.filter((f) => (f.message as { method?: unknown } | undefined)?.method === method);
  }

  /** Forgets everything recorded so far. */
  clear(): void {
    this.requests.length = 0;
    this.frames.length = 0;
  }
}

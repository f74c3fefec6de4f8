/** A response frame to a request (`method`, `req_id`, `success`, `result` or `error`). */
export interface WsResponse {
  method: string;
  req_id?: number;
  success?: boolean;
  result?: unknown;
  error?: string;
  symbol?: string;
  time_in?: string;
  time_out?: string;
  [field: string]: unknown;
}

/** How one pending request completes and fails. */
export interface PendingSpec {
  /** Request method, for late-answer reports. */
  method: string;
  /** Whether a response carrying this `req_id` answers this request (else it is left unmatched). */
  accepts?(response: WsResponse): boolean;
  /** Whether the responses collected so far complete the request. */
  complete(responses: readonly WsResponse[]): boolean;
  timeoutMs: number;
  /** Error for a timeout. */
  onTimeout(): unknown;
  /** Error when the socket drops while the request is in flight. */
  onDrop(cause: unknown): unknown;
}

interface Pending {
  spec: PendingSpec;
  responses: WsResponse[];
  resolve: (r: WsResponse[]) => void;
  reject: (e: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Correlates responses with requests by integer `req_id` (Kraken echoes it; a rejection may carry
 * nothing else). One tracker per socket, so a drop fails exactly the requests sent on that socket.
 */
export class RequestTracker {
  #pending = new Map<number, Pending>();
  // Requests given up on (timeout, abort) whose answer may still come: the answer is then reported
  // as a late response instead of being dropped, because for an order it settles the outcome.
  #abandoned = new Map<number, string>();

  /** Registers `reqId` before its frame is sent; resolves with every response once complete. */
  track(reqId: number, spec: PendingSpec): Promise<WsResponse[]> {
    return new Promise<WsResponse[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(reqId);
        this.#abandon(reqId, spec.method);
        reject(spec.onTimeout());
      }, spec.timeoutMs);
      this.#pending.set(reqId, { spec, responses: [], resolve, reject, timer });
    });
  }

  /** Rejects `reqId` now (send failed, or the caller aborted); `sent` marks an answer as still possible. */
  cancel(reqId: number, error: unknown, sent = false): void {
    const p = this.#pending.get(reqId);
    if (!p) return;
    clearTimeout(p.timer);
    this.#pending.delete(reqId);
    if (sent) this.#abandon(reqId, p.spec.method);
    p.reject(error);
  }

  /** The method of an abandoned request whose answer just arrived (forgotten once asked). */
  takeAbandoned(reqId: number): string | undefined {
    const method = this.#abandoned.get(reqId);
    this.#abandoned.delete(reqId);
    return method;
  }

  #abandon(reqId: number, method: string): void {
    this.#abandoned.set(reqId, method);
    if (this.#abandoned.size > 256) this.#abandoned.delete(this.#abandoned.keys().next().value as number);
  }

  /** Routes a response; returns false when no request waits for it. */
  handle(response: WsResponse): boolean {
    const id = response.req_id;
    if (typeof id !== "number") return false;
    const p = this.#pending.get(id);
    if (!p || p.spec.accepts?.(response) === false) return false;
    p.responses.push(response);
    if (p.spec.complete(p.responses)) {
      clearTimeout(p.timer);
      this.#pending.delete(id);
      p.resolve(p.responses);
    }
    return true;
  }

  /** Fails every pending request: the socket they were sent on is gone. */
  dropAll(cause: unknown): void {
    const all = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of all) {
      clearTimeout(p.timer);
      p.reject(p.spec.onDrop(cause));
    }
  }

  /** Requests in flight. */
  get size(): number {
    return this.#pending.size;
  }
}

/**
 * How a request completes and fails; see `KrakenWsCore.request`.
 * @internal
 */
export interface RequestSpec {
  expected: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** The request was sent and the socket dropped (or it timed out): the error to reject with. */
  unanswered?: (reason: string, cause?: unknown) => unknown;
  /** Complete early (e.g. a subscribe failure that names no symbol answers for all of them). */
  completeEarly?: (r: WsResponse) => boolean;
  /** Whether an answer with our `req_id` belongs to the request (a mismatch settles nothing). */
  accepts?: (r: WsResponse) => boolean;
}

/**
 * REST fault injection (`sim.faults.rest`). Each fault is scoped to an operation and/or API key and
 * can be limited to a number of hits; the returned handle removes it.
 */

/** Which requests a fault applies to. Omitted fields match everything. */
export interface RestFaultScope {
  /** Operation by operationId (`addOrder`) or Kraken method name (`AddOrder`). */
  readonly operation?: string;
  /** API key (private calls only). */
  readonly apiKey?: string;
  /** Apply to this many matching requests, then remove itself. Default: until removed. */
  readonly times?: number;
}

/** What a fault does to a matching request. */
export type RestFaultAction =
  /** Wait before handling the request. */
  | { readonly kind: "delay"; readonly ms: number }
  /** Answer with Kraken errors without executing anything. */
  | { readonly kind: "reject"; readonly errors: readonly string[] }
  /** Execute the request (the order is booked), then destroy the socket without a response. */
  | { readonly kind: "drop-after-apply" }
  /** Kraken's rate-limit error: `error`, or by default `EOrder:` for trading operations and `EAPI:` otherwise. */
  | { readonly kind: "rate-limit"; readonly error?: string }
  /** Destroy the socket before executing anything. */
  | { readonly kind: "drop-before-apply" }
  /** Answer with a bare HTTP status (e.g. a 502 from a proxy), without executing anything. */
  | { readonly kind: "http-status"; readonly status: number; readonly body: string };

/** A registered fault; `remove()` lifts it. */
export interface RestFaultHandle {
  /** How many requests it has affected. */
  readonly hits: number;
  /** Removes the fault. */
  remove(): void;
}

interface Entry {
  readonly scope: RestFaultScope;
  readonly action: RestFaultAction;
  hits: number;
}

/**
 * The REST fault registry.
 *
 * @example
 * sim.faults.rest.dropAfterApply({ operation: "AddOrder", times: 1 }); // the ambiguous-order case
 * sim.faults.rest.reject("EService:Unavailable", { operation: "Balance" });
 */
export class RestFaults {
  readonly #entries: Entry[] = [];

  /** Delays matching responses by `ms` milliseconds. */
  delay(ms: number, scope: RestFaultScope = {}): RestFaultHandle {
    return this.add({ kind: "delay", ms }, scope);
  }

  /** Rejects matching requests with a Kraken error string (e.g. `EService:Unavailable`). */
  reject(error: string | readonly string[], scope: RestFaultScope = {}): RestFaultHandle {
    return this.add({ kind: "reject", errors: typeof error === "string" ? [error] : error }, scope);
  }

  /** Applies the request, then drops the connection without an answer (was the order placed?). */
  dropAfterApply(scope: RestFaultScope = {}): RestFaultHandle {
    return this.add({ kind: "drop-after-apply" }, scope);
  }

  /** Drops the connection before applying anything. */
  dropBeforeApply(scope: RestFaultScope = {}): RestFaultHandle {
    return this.add({ kind: "drop-before-apply" }, scope);
  }

  /**
   * Rejects with Kraken's rate-limit error for the operation: `EOrder:Rate limit exceeded` for
   * trading operations (engine-limited), `EAPI:Rate limit exceeded` for the others, or `error`.
   */
  rateLimit(scope: RestFaultScope = {}, error?: string): RestFaultHandle {
    return this.add(error === undefined ? { kind: "rate-limit" } : { kind: "rate-limit", error }, scope);
  }

  /** Answers with a bare HTTP status and body (e.g. 502 / 429 from Cloudflare). */
  httpStatus(status: number, scope: RestFaultScope = {}, body = ""): RestFaultHandle {
    return this.add({ kind: "http-status", status, body }, scope);
  }

  /** Registers any fault action. */
  add(action: RestFaultAction, scope: RestFaultScope = {}): RestFaultHandle {
    const entry: Entry = { scope, action, hits: 0 };
    this.#entries.push(entry);
    const entries = this.#entries;
    return {
      get hits() {
        return entry.hits;
      },
      remove() {
        const i = entries.indexOf(entry);
        if (i >= 0) entries.splice(i, 1);
      },
    };
  }

  /** Removes every REST fault. */
  clear(): void {
    this.#entries.length = 0;
  }

  /**
   * The faults that apply to a request, consuming one hit of each. Delays come first, then at most
   * one terminal action (reject, drop, status) — the earliest registered.
   */
  take(operationId: string | undefined, method: string, apiKey: string | undefined): RestFaultAction[] {
    const out: RestFaultAction[] = [];
    let terminal = false;
    for (const entry of [...this.#entries]) {
      const { scope } = entry;
      if (scope.operation !== undefined && scope.operation !== operationId && scope.operation !== method)
        continue;
      if (scope.apiKey !== undefined && scope.apiKey !== apiKey) continue;
      const isDelay = entry.action.kind === "delay";
      if (!isDelay && terminal) continue;
      if (!isDelay) terminal = true;
      entry.hits += 1;
      if (scope.times !== undefined && entry.hits >= scope.times) {
        const i = this.#entries.indexOf(entry);
        if (i >= 0) this.#entries.splice(i, 1);
      }
      out.push(entry.action);
    }
    return out.sort((a, b) => (a.kind === "delay" ? 0 : 1) - (b.kind === "delay" ? 0 : 1));
  }
}

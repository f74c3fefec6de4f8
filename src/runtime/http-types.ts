// The contract between the REST attempt and an HTTP sender (fetch everywhere, node:http in Node).

/** Response headers as a sender exposes them: lookup by name and iteration (a `HeadersInit`). */
export type HttpHeaders = { get(name: string): string | null } & Iterable<[string, string]>;

/** One request as a sender sends it. */
export interface HttpExchange {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The attempt's signal (timeout and caller combined): aborting it stops the exchange at once. */
  signal: AbortSignal;
  /** Largest body read, in bytes: past it, reading stops and the connection is dropped. */
  maxBytes: number;
}

/** What a sender received. */
export interface HttpAnswer {
  /** HTTP status; 0 for a redirect a browser hides (an opaque redirect). */
  status: number;
  statusText: string;
  headers: HttpHeaders;
  /** The whole body; undefined when it was not read: a redirect (never followed) or a body past maxBytes. */
  body: Uint8Array | undefined;
}

/** Sends one exchange; rejects on network failure or abort (the caller classifies the error). */
export type HttpSender = (exchange: HttpExchange) => Promise<HttpAnswer>;

/** True for a status the sender must not follow or read: a redirect, or a browser's opaque one. */
export const isRedirect = (status: number): boolean => status === 0 || (status > 299 && status < 400);

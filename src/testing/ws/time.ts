/** RFC3339 timestamps as Kraken prints them on WebSocket v2 (UTC, micro- or nanoseconds). */

/** `2023-09-25T09:04:31.742648Z` from unix milliseconds (sub-millisecond digits from `extraMicros`). */
export function rfc3339Micro(ms: number, extraMicros = 0): string {
  const iso = new Date(Math.floor(ms)).toISOString(); // ...SS.mmmZ
  return `${iso.slice(0, -1)}${String(extraMicros % 1000).padStart(3, "0")}Z`;
}

/** `2023-10-06T18:21:00.097010033Z` from unix milliseconds plus a nanosecond remainder. */
export function rfc3339Nano(ms: number, extraNanos = 0): string {
  const iso = new Date(Math.floor(ms)).toISOString();
  return `${iso.slice(0, -1)}${String(extraNanos % 1_000_000).padStart(6, "0")}Z`;
}

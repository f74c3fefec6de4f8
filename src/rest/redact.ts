// Redaction for log records: secrets never reach a logger.

const SECRET_KEYS = /^(nonce|otp|token|secret|api[-_]?sign|api[-_]?key|signature|password)$/i;

/** Copies a value, replacing secret-looking keys (nonce, otp, token, signature, ...) at any depth. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== "object") {
    return typeof value === "bigint" ? value.toString() : value;
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] = SECRET_KEYS.test(k) ? "[redacted]" : redact(v, depth + 1);
  return out;
}

/**
 * A scrubber for the values a call sent (key, secret, nonces, OTPs, signatures): each one found in a
 * text becomes "[redacted]", whatever a server echoed. `sent` may grow after the scrubber is made.
 */
export function valueScrubber(sent: ReadonlyArray<string | undefined>): (text: string) => string {
  return (text) => sent.reduce((t: string, value) => (value ? t.replaceAll(value, "[redacted]") : t), text);
}

/** Scrubs the message and stack of an error and of each of its causes, in place. */
export function scrubError(error: unknown, scrub: (text: string) => string): void {
  for (let e = error; e instanceof Error; e = e.cause) {
    e.message = scrub(e.message);
    if (e.stack) e.stack = scrub(e.stack);
  }
}

/** Copies a value with `scrub` applied to every string (keys too) at any depth. */
export function scrubDeep(value: unknown, scrub: (text: string) => string, depth = 0): unknown {
  if (typeof value === "string") return scrub(value);
  if (depth > 32 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, scrub, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[scrub(k)] = scrubDeep(v, scrub, depth + 1);
  return out;
}

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

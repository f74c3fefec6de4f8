// Decoding a Kraken `{ error, result }` body: anything else is refused, never resolved as a result.

/** A Kraken `{ error, result }` envelope. */
export interface Envelope {
  error?: unknown;
  result?: unknown;
}

/**
 * Parses a body as Kraken's envelope: a JSON object whose `error` is an array of strings, with a
 * `result` unless `error` holds an error (`E...`). Returns undefined for any other body.
 */
export function decodeEnvelope(text: string): Envelope | undefined {
  let v: Envelope | null;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  const list = v?.error;
  if (!Array.isArray(list) || list.some((x) => typeof x !== "string")) return undefined;
  return list.some((x: string) => !x.trim().startsWith("W")) || "result" in (v as Envelope)
    ? (v as Envelope)
    : undefined;
}

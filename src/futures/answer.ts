// Which bodies are Kraken Derivatives answers; anything else (a proxy's page, null, an array where an
// envelope belongs) never resolves a call.
import type { FuturesOperationRow } from "../../generated/futures/index.js";

/**
 * True for the CSV account log's text, and otherwise for parsed JSON that is an object or array and,
 * on the paths with Kraken's envelope (every /derivatives path), carries `result: "success"`.
 */
export function isKrakenAnswer(row: FuturesOperationRow, body: unknown, parsed: boolean): boolean {
  if (row.operationId === "accountLogCsv") return true;
  if (!parsed || body === null || typeof body !== "object") return false;
  return !row.envelope || (body as { result?: unknown }).result === "success";
}

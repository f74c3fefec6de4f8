// Order answers are `result: success` even when Kraken refused the order: this turns a refusal in
// sendStatus / editStatus / cancelStatus / batchStatus into a KrakenOrderRejectedError.
import { KrakenAmbiguousRequestError, KrakenOrderRejectedError } from "../errors/index.js";
import { scrubDeep } from "../rest/redact.js";

interface StatusLike {
  status?: unknown;
  order_id?: unknown;
  orderId?: unknown;
  cliOrdId?: unknown;
}

const SEND_OK = ["placed", "partiallyFilled", "filled"];
const EDIT_OK = ["edited"];
const CANCEL_OK = ["cancelled"];
const BATCH_OK = ["placed", "edited", "cancelled"];

// Where each order operation puts its status, and which statuses mean it happened.
const CHECKS: Record<string, readonly [field: string, ok: readonly string[]]> = {
  sendOrder: ["sendStatus", SEND_OK],
  editOrderSpring: ["editStatus", EDIT_OK],
  cancelOrder: ["cancelStatus", CANCEL_OK],
  sendBatchOrder: ["batchStatus", BATCH_OK],
};

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function refusal(
  operationId: string,
  status: StatusLike,
  whole: unknown,
  scrub: (text: string) => string,
  fallbackCliOrdId: string | undefined,
  index?: number,
): KrakenOrderRejectedError {
  // Copies with whatever the server echoed of the call's secrets scrubbed: the error keeps them.
  const s = scrubDeep(status, scrub) as StatusLike;
  const answer = scrubDeep(whole, scrub);
  return new KrakenOrderRejectedError({
    status: str(s.status) ?? "unknown",
    operationId,
    orderId: str(s.order_id) ?? str(s.orderId),
    cliOrdId: str(s.cliOrdId) ?? fallbackCliOrdId,
    index,
    answer,
  });
}

/**
 * Throws {@link KrakenOrderRejectedError} when an order answer reports a refusal, and
 * {@link KrakenAmbiguousRequestError} when it carries no status at all (whether it took effect is unknown).
 */
export function assertOrderAccepted(
  operationId: string,
  answer: unknown,
  cliOrdIds: readonly (string | undefined)[],
  scrub: (text: string) => string = (text) => text,
): void {
  const check = CHECKS[operationId];
  if (!check || !answer || typeof answer !== "object") return;
  const [field, ok] = check;
  const value = (answer as Record<string, unknown>)[field];
  if (!value || typeof value !== "object")
    throw new KrakenAmbiguousRequestError(`answer without ${field}`, { operationId, clOrdId: cliOrdIds[0] });
  if (Array.isArray(value)) {
    value.forEach((s: StatusLike, i) => {
      if (!ok.includes(str(s?.status) ?? ""))
        throw refusal(operationId, s ?? {}, answer, scrub, cliOrdIds[i], i);
    });
    return;
  }
  const s = (value ?? {}) as StatusLike;
  if (!ok.includes(str(s.status) ?? "")) throw refusal(operationId, s, answer, scrub, cliOrdIds[0]);
}

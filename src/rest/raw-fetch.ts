// openapi-fetch's fetch for the raw client: finds the operation of a Request and runs it through the
// client's transport (only apps that import rawClient bundle it).
import { type OperationRow, operations } from "../../generated/index.js";
import { decodeBody } from "./encode.js";
import type { CallContext, RestTransport } from "./transport.js";

let rowsByPath: Map<string, OperationRow> | undefined;

const KRAKEN_PATH = /\/0(\/(?:public|private)\/[^?#]+)/;

/** Finds the operation row of a request URL (works behind a proxy prefix). */
export function rowForUrl(url: string): OperationRow | undefined {
  rowsByPath ??= new Map(Object.values(operations as Record<string, OperationRow>).map((r) => [r.path, r]));
  const match = KRAKEN_PATH.exec(new URL(url).pathname);
  return match?.[1] ? rowsByPath.get(match[1]) : undefined;
}

/**
 * Runs the Request openapi-fetch built through `transport` and returns the Response it hands back.
 * `ctx` is the facade's call when its methods go through openapi-fetch (middleware registered), else
 * the call is built from the Request: its operation from the URL, a private call's parameters from
 * the body, the signal from the Request. A URL that is no Kraken operation goes to `passThrough`.
 */
export async function sendRaw(
  transport: RestTransport,
  passThrough: typeof fetch,
  request: Request,
  ctx?: CallContext,
): Promise<Response> {
  const row = ctx?.row ?? rowForUrl(request.url);
  if (!row) return passThrough(request);
  const call: CallContext = ctx ?? {
    row,
    params:
      row.auth === "private"
        ? decodeBody(await request.text(), request.headers.get("content-type"))
        : undefined,
    options: { signal: request.signal },
  };
  const { response, text, envelope, bytes } = await transport.execute(request.url, call);
  if (ctx && envelope) return new Response(null, { status: 200 });
  const headers = new Headers([...response.headers]);
  headers.delete("content-length"); // the body was decoded; let the new Response compute its length
  headers.delete("content-encoding");
  return new Response(bytes ?? text, { status: response.status, statusText: response.statusText, headers });
}

// Types for futures-table.mjs, so TypeScript tests can import the generator's pure functions.
export interface FuturesTableRow {
  operationId: string;
  method: "get" | "post" | "put" | "delete";
  path: string;
  auth: "public" | "private";
  permission: string | null;
  cost: number | string;
  pool: "derivatives" | "history" | "public";
  retry: "safe" | "unsent" | "never";
  encoding: "query" | "form" | "json";
  jsonParams: string[];
  envelope: boolean;
  exact: string[];
  exactDeep: string[];
  /** Summary from openapi.futures.json; emitted as TSDoc only. */
  summary: string;
}
export const FUTURES_BANNER: string;
export function buildFuturesOperationTable(spec: { paths?: Record<string, unknown> }): FuturesTableRow[];
export function exactKeys(
  spec: unknown,
  schema: unknown,
  where: string,
): { exact: string[]; exactDeep: string[] };
export function renderFuturesOperationsModule(rows: FuturesTableRow[], spec: unknown): string;
export function renderFuturesIndexModule(): string;

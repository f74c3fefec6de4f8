// Types for operation-table.mjs, so TypeScript tests can import the generator's pure functions.
export interface TableRow {
  operationId: string;
  method: "get" | "post";
  path: string;
  auth: "public" | "private";
  permission: string | null;
  cost: number | "engine";
  retry: "safe" | "unsent" | "never";
  encoding: "query" | "form" | "json";
  /** Summary from openapi.json; emitted as TSDoc only, not in the runtime rows. */
  summary: string;
}
export const BANNER: string;
export function buildOperationTable(spec: { paths?: Record<string, unknown> }): TableRow[];
export function renderOperationsModule(rows: TableRow[]): string;
export function renderIndexModule(): string;

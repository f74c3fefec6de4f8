// Types for futures-methods.mjs.
import type { FuturesTableRow } from "./futures-table.mjs";
export function renderFuturesMethodsModule(rows: FuturesTableRow[]): string;

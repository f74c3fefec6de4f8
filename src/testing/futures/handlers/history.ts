/** History operations (`/api/history/v3`). */
import type { FuturesHandler } from "../context.js";

export const historyHandlers: Record<string, FuturesHandler> = {};

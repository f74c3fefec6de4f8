/** Chart operations (`/api/charts/v1`). */
import type { FuturesHandler } from "../context.js";

export const chartHandlers: Record<string, FuturesHandler> = {};

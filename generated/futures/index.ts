/**
 * DO NOT EDIT. This file is generated from openapi.futures.json by `npm run codegen` (codegen/generate.mjs).
 * Change openapi.futures.json or the generator instead, then run `npm run codegen` and commit the result.
 */

export type { FuturesCostRule, FuturesOperationId, FuturesOperationRow, FuturesOperations, FuturesPool } from "./operations.js";
export { futuresCostRules, futuresOperations, futuresPools } from "./operations.js";
export type {
  FuturesCallOptions,
  FuturesOperationArgs,
  FuturesOperationMethods,
  FuturesOperationParams,
  FuturesOperationResult,
} from "./methods.js";
export type {
  components as FuturesComponents,
  operations as FuturesOperationTypes,
  paths as FuturesPaths,
} from "./schema.js";

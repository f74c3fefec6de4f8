/**
 * DO NOT EDIT. This file is generated from openapi.json by `npm run codegen` (codegen/generate.mjs).
 * Change openapi.json or the generator instead, then run `npm run codegen` and commit the result.
 */

export type { components, operations as OperationTypes, paths } from "./schema.js";
export type {
  BodyEncoding,
  OperationAuth,
  OperationId,
  OperationRow,
  Operations,
  RetryClass,
} from "./operations.js";
export { operations } from "./operations.js";
export type * from "./methods.js";

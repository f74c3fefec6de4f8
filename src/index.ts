export * from "./errors/index.js";
export { decodeBookMessage } from "./book/decode.js";
export type * from "./book/types.js";

export * from "./api.js";
export * from "./base.js";
export * from "./book.js";
export * from "./futures.js";
export * from "./transport.js";
export * from "./ws.js";

export * from "./base.js";
export * from "./book.js";
export * from "./ws.js";
export * from "./api.js";
export * from "./transport.js";

export * from "./base.js";
export * from "./book.js";

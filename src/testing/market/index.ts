/** Seeded market generator of the embedded simulator (Node only). */
export { MarketGenerator, type MarketGeneratorOptions } from "./market-generator.js";

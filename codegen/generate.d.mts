// Types for generate.mjs (used by the stale check in test/spec).
export function generate(options?: {
  specFile?: string;
  outDir?: string;
  /** Where the Spot method list (docs/rest-methods.md) goes; not written when absent. */
  docsFile?: string;
}): Promise<{ files: string[]; operations: number }>;
/** The specs `npm run codegen` regenerates, with their output folders. */
export const TARGETS: ReadonlyArray<{ specFile: string; outDir: string; docsFile?: string }>;

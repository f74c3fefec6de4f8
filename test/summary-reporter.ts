import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one closing line, `vitest: N passed, N failed, N skipped`, which CI reads.
 * A file that failed to load counts as one failed test so a broken import can never look green.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of modules) {
      const tests = [...mod.children.allTests()];
      // A module that failed without a failed test (load error, throwing beforeAll) counts as one failure.
      if (mod.state() === "failed" && !tests.some((t) => t.result().state === "failed")) failed++;
      for (const t of tests) {
        const state = t.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
    }
    failed += errors.length;
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}

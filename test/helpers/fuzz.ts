// How many cases a property-based test runs: a few thousand inside `npm test`, many more under
// `npm run fuzz` (FUZZ_RUNS=1000000). Seeded so a failure reproduces; fast-check prints the seed and
// the shrunk counterexample, and FUZZ_SEED replays another run.
import type { Parameters } from "fast-check";

const DEFAULT_SEED = 20261207;

/** fast-check parameters for a fuzz property: `runs` cases in `npm test`, FUZZ_RUNS under `npm run fuzz`. */
export function fuzzParams<T>(runs = 3000): Parameters<T> {
  const env = typeof process === "undefined" ? undefined : process.env;
  const override = Number(env?.FUZZ_RUNS);
  const seed = Number(env?.FUZZ_SEED);
  return {
    numRuns: Number.isInteger(override) && override > 0 ? override : runs,
    seed: Number.isInteger(seed) ? seed : DEFAULT_SEED,
  };
}

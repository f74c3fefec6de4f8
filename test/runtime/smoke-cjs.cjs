// Node CJS leg of the runtime matrix: require() of the built package by name ("require" condition ->
// dist/index.cjs) and of "kraken-connector/testing"; the shared scenario is plain ESM, loaded by import().
const sdk = require("kraken-connector");
const books = require("kraken-connector/books");
const { DEMO_API_KEY, DEMO_API_SECRET, startKrakenSimulator } = require("kraken-connector/testing");

async function main() {
  if (typeof sdk.KrakenError !== "function") throw new Error("require() of KrakenError failed");
  const { formatResults, runScenario } = await import("./scenario.mjs");
  const sim = await startKrakenSimulator();
  try {
    const results = await runScenario(sdk, books, sim, { apiKey: DEMO_API_KEY, apiSecret: DEMO_API_SECRET });
    console.log(formatResults("node-cjs", results));
    process.exitCode = results.every((r) => r.ok) ? 0 : 1;
  } finally {
    await sim.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

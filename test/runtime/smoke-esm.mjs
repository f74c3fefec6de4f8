// Node ESM leg of the runtime matrix: the built package imported by name (self-reference through the
// exports map: "import" condition -> dist/index.js), exercised against the simulator from "./testing".

import * as sdk from "kraken-connector";
import { KrakenError } from "kraken-connector";
import * as books from "kraken-connector/books";
import { DEMO_API_KEY, DEMO_API_SECRET, startKrakenSimulator } from "kraken-connector/testing";
import { formatResults, runScenario } from "./scenario.mjs";

if (typeof KrakenError !== "function") throw new Error("named ESM import of KrakenError failed");
const sim = await startKrakenSimulator();
try {
  const results = await runScenario(sdk, books, sim, { apiKey: DEMO_API_KEY, apiSecret: DEMO_API_SECRET });
  console.log(formatResults("node-esm", results));
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
} finally {
  await sim.close();
}

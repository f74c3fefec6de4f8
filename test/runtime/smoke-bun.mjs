// Bun leg of the runtime matrix: the built package imported by name under Bun (the exports map's
// "import" condition -> dist/index.js), with the simulator from "./testing" running in Bun as well.

import * as sdk from "kraken-connector";
import * as books from "kraken-connector/books";
import { DEMO_API_KEY, DEMO_API_SECRET, startKrakenSimulator } from "kraken-connector/testing";
import { formatResults, runScenario } from "./scenario.mjs";

if (typeof Bun === "undefined") throw new Error("this leg must run under Bun");
const sim = await startKrakenSimulator();
try {
  const results = await runScenario(sdk, books, sim, { apiKey: DEMO_API_KEY, apiSecret: DEMO_API_SECRET });
  console.log(formatResults(`bun ${Bun.version}`, results));
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
} finally {
  await sim.close();
}

// Deno leg of the runtime matrix: the browser/Deno bundle (what the package's `deno` condition selects)
// against a simulator the vitest runner started; its URLs and the demo key arrive in environment vars.
import * as books from "../../../dist/browser/books.js";
import * as sdk from "../../../dist/browser/index.js";
import { formatResults, runScenario } from "../scenario.mjs";

const env = (name) => {
  const value = Deno.env.get(name);
  if (!value) throw new Error(`missing ${name}`);
  return value;
};

const results = await runScenario(
  sdk,
  books,
  {
    restUrl: env("SIM_REST_URL"),
    wsUrl: env("SIM_WS_URL"),
    wsAuthUrl: env("SIM_WS_AUTH_URL"),
    futuresWsUrl: env("SIM_FUTURES_WS_URL"),
  },
  { apiKey: env("SIM_API_KEY"), apiSecret: env("SIM_API_SECRET") },
);
console.log(formatResults("deno", results));

for (const r of results) {
  Deno.test(r.name, () => {
    if (!r.ok) throw new Error(r.detail);
  });
}

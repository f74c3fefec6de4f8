// Deno leg of the redirect tests: the browser/Deno bundle against the redirecting server the vitest
// runner started (URL and keys in environment variables); prints the outcome of every call as JSON.
import * as sdk from "../../../dist/browser/index.js";
import { runRedirectCalls } from "../redirect-calls.mjs";

const env = (name) => {
  const value = Deno.env.get(name);
  if (!value) throw new Error(`missing ${name}`);
  return value;
};

const results = await runRedirectCalls(sdk, {
  krakenUrl: env("REDIRECT_KRAKEN_URL"),
  spot: { apiKey: env("REDIRECT_SPOT_KEY"), apiSecret: env("REDIRECT_SPOT_SECRET") },
  futures: { apiKey: env("REDIRECT_FUTURES_KEY"), apiSecret: env("REDIRECT_FUTURES_SECRET") },
});
console.log(`REDIRECT_RESULTS ${JSON.stringify(results)}`);

#!/usr/bin/env node
/**
 * `npm run demo`: the SDK's main job in 20 seconds (after a build of the Node code only), against the
 * embedded Kraken simulator.
 *   npm run demo                     simulator: REST ticker and order, live verified book, WS order,
 *                                    a fill, forced disconnect
 *   npm run demo -- --duration 10    shorter run (seconds)
 *   npm run demo -- --live           Kraken's real public endpoints (no keys, nothing is traded)
 * Exits 0 when every step worked, 1 with a one-line reason when one did not.
 */
import { parseArgs } from "node:util";
import { runLive } from "./demo/live.mjs";
import { c, createScreen } from "./demo/screen.mjs";
import { runSimulated } from "./demo/simulated.mjs";
import { DemoError } from "./demo/steps.mjs";

const USAGE = "usage: node examples/demo.mjs [--duration <seconds>] [--live]";

function options() {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "20" },
      live: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const seconds = Number(values.duration);
  if (!(seconds > 0)) throw new DemoError(`--duration must be a positive number of seconds\n${USAGE}`);
  return { live: values.live, help: values.help, durationMs: seconds * 1000 };
}

async function main() {
  const opts = options();
  if (opts.help) return void console.log(USAGE);
  hardStop(opts.durationMs + 60_000);
  const screen = createScreen();
  const mode = opts.live ? "live Kraken (public data)" : "embedded simulator";
  screen.log(c.bold(`kraken-connector demo: ${mode}, ${opts.durationMs / 1000} s`));
  await (opts.live ? runLive : runSimulated)({ durationMs: opts.durationMs, screen });
}

// A watchdog: the demo must end even if a step hangs in a way no timeout caught.
const hardStop = (ms) =>
  setTimeout(() => fail(new DemoError(`the demo did not finish within ${ms / 1000} s`)), ms).unref();

function fail(error) {
  const message = error instanceof DemoError ? error.message : `unexpected error: ${error?.message ?? error}`;
  process.stderr.write(`\n${c.red("demo failed:")} ${message}\n`);
  if (process.env.DEMO_DEBUG && !(error instanceof DemoError)) console.error(error);
  process.exit(1);
}

try {
  await main();
  process.exit(0);
} catch (error) {
  fail(error);
}

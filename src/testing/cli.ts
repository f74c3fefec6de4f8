/**
 * `npm run simulator` / `npx kraken-simulator`: starts the embedded Kraken simulator and prints its
 * URLs and the demo API key until Ctrl-C.
 */
import { parseArgs } from "node:util";
import { DEMO_API_KEY, DEMO_API_SECRET } from "./rest/keys.js";
import { startKrakenSimulator } from "./simulator.js";

const HELP = `kraken-simulator: an offline Kraken (REST + WebSocket v2) on 127.0.0.1

Options:
  --port <n>      REST port (default: ephemeral)
  --host <addr>   interface to listen on (default 127.0.0.1)
  --seed <n>      market seed (default 1)
  --rate <n>      market actions per second (default 10)
  --no-market     do not animate the market
  --help          show this text
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      rate: { type: "string" },
      "no-market": { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const seed = values.seed ? Number(values.seed) : 1;
  const sim = await startKrakenSimulator({
    ...(values.host ? { host: values.host } : {}),
    ...(values.port ? { restPort: Number(values.port) } : {}),
    exchange: { seed },
    market: values["no-market"]
      ? false
      : { seed, ...(values.rate ? { ratePerSecond: Number(values.rate) } : {}) },
  });
  process.stdout.write(
    [
      "Kraken simulator running (Ctrl-C to stop)",
      `  REST        ${sim.restUrl}          (e.g. ${sim.restUrl}/0/public/Time)`,
      `  WS public   ${sim.wsUrl}`,
      `  WS auth     ${sim.wsAuthUrl}`,
      `  WS level3   ${sim.wsL3Url}`,
      `  API key     ${DEMO_API_KEY}`,
      `  API secret  ${DEMO_API_SECRET}`,
      "  (demo credentials: they only work against this simulator)",
      "",
    ].join("\n"),
  );
  const stop = async () => {
    await sim.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`kraken-simulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

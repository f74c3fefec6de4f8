/**
 * The demo's derivatives step: KrakenFutures against the simulator's Derivatives venue (a perpetual's
 * ticker, a market order placed and filled, the resulting position and the flex account's margin).
 */
import { KrakenFutures } from "kraken-connector";
import { DEMO_FUTURES_API_KEY, DEMO_FUTURES_API_SECRET } from "kraken-connector/testing";
import { c } from "./screen.mjs";
import { DemoError } from "./steps.mjs";

const SYMBOL = "PF_XBTUSD";

/** Runs the step on `sim.futuresUrl`; every value shown is an exact decimal string from the answer. */
export async function showDerivatives(sim, screen) {
  const futures = new KrakenFutures({
    baseUrl: sim.futuresUrl,
    apiKey: DEMO_FUTURES_API_KEY, // Derivatives keys are separate from Spot keys
    apiSecret: DEMO_FUTURES_API_SECRET,
  });
  const tag = c.yellow("FUT");
  const { ticker } = await futures.getTicker({ symbol: SYMBOL });
  screen.log(
    `${tag}   Ticker ${SYMBOL}: mark ${ticker.markPrice}, index ${ticker.indexPrice}, funding rate ${ticker.fundingRate}`,
  );
  const { sendStatus } = await futures.sendOrder({
    orderType: "mkt",
    symbol: SYMBOL,
    side: "buy",
    size: "0.01",
  });
  const { fills } = await futures.getFills();
  const mine = fills.filter((f) => f.order_id === sendStatus.order_id);
  if (mine.length === 0) throw new DemoError(`the derivatives order ${sendStatus.order_id} did not fill`);
  screen.log(
    `${tag}   Order filled: buy 0.01 ${SYMBOL} (mkt) -> order_id ${sendStatus.order_id}, ${mine.length} fill(s) @ ${mine.map((f) => f.price).join(", ")}`,
  );
  const { openPositions } = await futures.getOpenPositions();
  const position = openPositions.find((p) => p.symbol === SYMBOL);
  if (!position) throw new DemoError(`no ${SYMBOL} position after the fill`);
  screen.log(`${tag}   Position: ${position.side} ${position.size} ${SYMBOL} @ ${position.price}`);
  const { accounts } = await futures.getAccounts();
  const flex = accounts.flex;
  if (!flex) throw new DemoError("no flex (multi-collateral) account");
  screen.log(
    `${tag}   Margin (flex): initial ${flex.initialMargin}, maintenance ${flex.maintenanceMargin}, available ${flex.availableMargin}, unrealised PnL ${flex.totalUnrealized}`,
  );
}

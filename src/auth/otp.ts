/**
 * A two-factor password: a fixed string (static password) or a function producing a fresh one-time
 * code (TOTP), called for every attempt because a code may expire between retries.
 * @example
 * const otp: OtpProvider = () => totp(seed); // a fresh code for every attempt; or a static password string
 * const rest = new KrakenRest({ apiKey, apiSecret, otp });
 * await rest.withdrawFunds(params, { otp: "123456" }); // per-call override
 */
export type OtpProvider = string | (() => string | Promise<string>);

/** Resolves an {@link OtpProvider} to the value to put in the signed body, or undefined when none. */
export async function resolveOtp(provider: OtpProvider | undefined): Promise<string | undefined> {
  if (provider === undefined) return undefined;
  return typeof provider === "function" ? await provider() : provider;
}

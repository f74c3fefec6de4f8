// What a test reads of a rejected call: the error itself, and every text an app could print or keep of it.
import { inspect } from "node:util";

/** The error a call rejects with (a resolved call fails the test). */
export const failure = (p: Promise<unknown>): Promise<Error> =>
  p.then(
    (v) => {
      throw new Error(`resolved with ${JSON.stringify(v)}`);
    },
    (e: unknown) => e as Error,
  );

/** Every text an app might print or keep of an error: message, stack, JSON, inspect, along its causes. */
export function texts(error: unknown): string {
  const out: string[] = [];
  for (let e = error as Error | undefined, i = 0; e && i < 5; e = e.cause as Error | undefined, i++)
    out.push(String(e), e.message, e.stack ?? "", JSON.stringify(e), inspect(e, { depth: 10 }));
  return out.join("\n");
}

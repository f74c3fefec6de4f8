/**
 * Request parameters of a Derivatives call: the URL-encoded query and form body merged (Kraken takes
 * either), read as exact strings; decimal and enum readers answer Kraken's argument errors.
 */
import { isDecimal, normalize } from "../exchange/decimal.js";
import { FuturesError } from "./types.js";

/** Parameters by name; repeated names keep every value. */
export class FuturesParams {
  readonly #values = new Map<string, string[]>();

  constructor(...sources: URLSearchParams[]) {
    for (const source of sources)
      for (const [k, v] of source) {
        const list = this.#values.get(k) ?? [];
        list.push(v);
        this.#values.set(k, list);
      }
  }

  /** The last value of a parameter. */
  get(name: string): string | undefined {
    const list = this.#values.get(name);
    return list?.[list.length - 1];
  }

  /** Every value of a parameter (`orderIds=a&orderIds=b`, also `orderIds[]=` and comma lists). */
  all(name: string): string[] {
    const raw = [...(this.#values.get(name) ?? []), ...(this.#values.get(`${name}[]`) ?? [])];
    return raw.flatMap((v) => v.split(",")).filter((v) => v !== "");
  }

  /** A plain object of the last values (for the recorder). */
  toObject(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.#values) out[k] = v[v.length - 1]!;
    return out;
  }
}

/** A required parameter, or `requiredArgumentMissing`. */
export function required(p: FuturesParams, name: string): string {
  const v = p.get(name);
  if (v === undefined || v === "") throw new FuturesError("requiredArgumentMissing");
  return v;
}

/** An optional exact decimal parameter, or `invalidArgument` when it is not a number. */
export function optionalDecimal(p: FuturesParams, name: string): string | undefined {
  const v = p.get(name);
  if (v === undefined || v === "") return undefined;
  if (!isDecimal(v)) throw new FuturesError("invalidArgument");
  return normalize(v);
}

/** A required exact decimal parameter. */
export function requiredDecimal(p: FuturesParams, name: string): string {
  required(p, name);
  return optionalDecimal(p, name)!;
}

/** An optional enum parameter, or `invalidArgument`. */
export function optionalEnum<T extends string>(
  p: FuturesParams,
  name: string,
  values: readonly T[],
): T | undefined {
  const v = p.get(name);
  if (v === undefined || v === "") return undefined;
  if (!(values as readonly string[]).includes(v)) throw new FuturesError("invalidArgument");
  return v as T;
}

/** An optional boolean (`true` / `false`). */
export function optionalBoolean(p: FuturesParams, name: string): boolean | undefined {
  const v = p.get(name);
  if (v === undefined || v === "") return undefined;
  if (v !== "true" && v !== "false") throw new FuturesError("invalidArgument");
  return v === "true";
}

/** An optional non-negative integer. */
export function optionalInteger(p: FuturesParams, name: string): number | undefined {
  const v = p.get(name);
  if (v === undefined || v === "") return undefined;
  if (!/^\d{1,15}$/.test(v)) throw new FuturesError("invalidArgument");
  return Number(v);
}

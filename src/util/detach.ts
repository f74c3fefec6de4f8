/**
 * A copy of `s` that does not keep the text it was sliced from alive. V8 represents a slice of 13 or
 * more characters as a view into its parent string, so a book level holding a quantity sliced from a
 * frame would keep the whole frame in memory for as long as the level lives (measured: about 250
 * instead of 80 bytes per 20-digit quantity). Concatenating and slicing again keeps only the digits.
 * Shorter strings are always copies, and other engines lose nothing by this.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

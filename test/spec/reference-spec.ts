// Reading Kraken's official (multi-file YAML, OpenAPI 3.0) spec and comparing request parameters with ours.
// Used by conformance.test.ts; kept apart so the comparison rules can be read in one place.
import $RefParser from "@apidevtools/json-schema-ref-parser";
import YAML from "yaml";
import type { Json } from "./spec-helpers.js";

/** Loads the official spec with every $ref (across files) replaced by its target. */
export async function loadReferenceSpec(file: string): Promise<Json> {
  return $RefParser.dereference(file, {
    parse: {
      yaml: {
        order: 1,
        canParse: [".yaml", ".yml"],
        parse: ({ data }: { data: unknown }) => YAML.parse(String(data)), // data arrives as a Buffer
      },
    },
  });
}

/**
 * Repairs Kraken's examples: Python literals, and the one example wrapped in an extra object. YAML already reads `True`/`False` as booleans, but
 * `None` arrives as the string "None"; an example written as a block string is parsed as JSON after
 * turning None/True/False into null/true/false outside of quoted strings.
 */
export function repairExample(value: Json): Json {
  const repaired = repairPythonLiterals(value);
  // OrderAmends' example wraps the envelope in a stray {"response": ...}; Kraken sends the envelope itself.
  const keys = repaired && typeof repaired === "object" ? Object.keys(repaired) : [];
  return keys.length === 1 && keys[0] === "response" ? repaired.response : repaired;
}

/** Turns Python's None/True/False into JSON's null/true/false (see repairExample). */
export function repairPythonLiterals(value: Json): Json {
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (value === "None") return null;
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      const json = trimmed.replace(/("(?:[^"\\]|\\.)*")|\bNone\b|\bTrue\b|\bFalse\b/g, (m, quoted) =>
        quoted ? quoted : m === "None" ? "null" : m === "True" ? "true" : "false",
      );
      return repairPythonLiterals(JSON.parse(json));
    }
    return value;
  }
  if (Array.isArray(value)) return value.map(repairPythonLiterals);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, repairPythonLiterals(v)]));
  }
  return value;
}

/** Every example attached to an operation's 200 JSON response, with a label. */
export function responseExamples(op: Json): Array<[string, Json]> {
  const media = op.responses?.["200"]?.content?.["application/json"];
  if (!media) return [];
  const out: Array<[string, Json]> = [];
  if (media.example !== undefined) out.push(["example", media.example]);
  for (const [name, ex] of Object.entries<Json>(media.examples ?? {})) {
    if (ex?.value !== undefined) out.push([`examples.${name}`, ex.value]);
  }
  if (media.schema?.example !== undefined) out.push(["schema.example", media.schema.example]);
  for (const [i, ex] of (media.schema?.examples ?? []).entries()) out.push([`schema.examples[${i}]`, ex]);
  return out;
}

/** The branches a schema may take (itself plus allOf/oneOf/anyOf parts, recursively). */
function branches(schema: Json): Json[] {
  if (!schema || typeof schema !== "object") return [];
  const parts = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  return [schema, ...parts.flatMap(branches)];
}

/** Named properties of an object schema (through composition), each with every schema declaring it. */
export function propertiesOf(schema: Json): Map<string, Json[]> {
  const out = new Map<string, Json[]>();
  for (const b of branches(schema)) {
    for (const [name, s] of Object.entries<Json>(b.properties ?? {}))
      out.set(name, [...(out.get(name) ?? []), s]);
  }
  return out;
}

/** Properties of the objects nested in a property: its own properties and those of its array items. */
function nestedProperties(schemas: Json[]): Map<string, Json[]> {
  const out = new Map<string, Json[]>();
  for (const s of schemas.flatMap(branches)) {
    for (const source of [s, s.items]) {
      for (const [name, list] of propertiesOf(source)) out.set(name, [...(out.get(name) ?? []), ...list]);
    }
  }
  return out;
}

/** JSON types a set of schemas accepts (explicit `type`, or inferred from enum/const values). */
export function typesOf(schemas: Json[]): Set<string> {
  const types = new Set<string>();
  for (const b of schemas.flatMap(branches)) {
    for (const t of [b.type].flat()) if (typeof t === "string") types.add(t);
    for (const v of [...(b.enum ?? []), ...("const" in b ? [b.const] : [])]) {
      types.add(v === null ? "null" : Number.isInteger(v) ? "integer" : typeof v);
    }
  }
  return types;
}

/** Enum (and const) values of a set of schemas and of their array items, as strings. */
export function enumValuesOf(schemas: Json[]): Set<string> {
  const values = new Set<string>();
  for (const b of schemas.flatMap(branches)) {
    for (const v of [...(b.enum ?? []), ...("const" in b ? [b.const] : [])]) values.add(String(v));
    if (b.items) for (const v of enumValuesOf([b.items])) values.add(v);
  }
  return values;
}

/**
 * Kraken's spec spells form fields of a nested object flat (`close[price]`); ours may describe the object
 * (`close` with `price`, sent with deepObject style, which puts the same `close[price]` on the wire).
 */
function deepObjectMember(name: string, ours: Map<string, Json[]>): Json[] | undefined {
  const m = /^([A-Za-z0-9_]+)\[([A-Za-z0-9_]+)\]$/.exec(name);
  if (!m) return undefined;
  return nestedProperties(ours.get(m[1] as string) ?? []).get(m[2] as string);
}

/** JSON Schema's type names; Kraken's spec also has free text such as "ISO 3166-1 alpha-2" there. */
const JSON_TYPES = new Set(["string", "number", "integer", "boolean", "array", "object", "null"]);

function typesCompatible(official: Set<string>, ours: Set<string>): boolean {
  if (ours.size === 0 || official.size === 0) return true; // an untyped side constrains nothing
  for (const t of official) {
    if (ours.has(t) || !JSON_TYPES.has(t)) continue;
    if (t === "integer" && ours.has("number")) continue;
    return false;
  }
  return true;
}

export interface ParamReport {
  missing: string[];
  typeMismatches: string[];
  missingEnumValues: string[];
}

/**
 * Compares one operation's parameters (a name -> schemas map on each side), recursing into nested
 * objects and array items. `where` prefixes every reported item, e.g. "addOrder body.".
 */
export function compareParameters(
  where: string,
  official: Map<string, Json[]>,
  ours: Map<string, Json[]>,
  report: ParamReport,
): void {
  for (const [name, officialSchemas] of official) {
    const label = `${where}${name}`;
    const ourSchemas = ours.get(name) ?? deepObjectMember(name, ours);
    if (!ourSchemas) {
      report.missing.push(label);
      continue;
    }
    const officialTypes = typesOf(officialSchemas);
    const ourTypes = typesOf(ourSchemas);
    if (!typesCompatible(officialTypes, ourTypes)) {
      report.typeMismatches.push(`${label}: official ${[...officialTypes]}, ours ${[...ourTypes]}`);
    }
    const ourEnum = enumValuesOf(ourSchemas);
    const lacking = [...enumValuesOf(officialSchemas)].filter((v) => !ourEnum.has(v));
    if (lacking.length) report.missingEnumValues.push(`${label}: ${lacking.join(", ")}`);
    const officialNested = nestedProperties(officialSchemas);
    if (officialNested.size)
      compareParameters(`${label}.`, officialNested, nestedProperties(ourSchemas), report);
  }
}

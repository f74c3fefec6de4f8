// Dependency direction from DESIGN.md, checked by reading every import specifier under src/ (TypeScript's
// own pre-processor, so comments and strings never count), plus the web-standards-only rule for core code.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SRC = path.join(ROOT, "src");

/** What each area of src/ may import (besides itself and npm packages). From DESIGN.md. */
const ALLOWED: Record<string, readonly string[]> = {
  util: [],
  errors: ["util"],
  auth: ["util", "errors", "runtime"],
  book: ["util", "errors", "runtime"],
  runtime: ["util", "errors"],
  rest: ["generated", "auth", "errors", "util", "runtime"],
  ws: ["book", "runtime", "errors", "util"],
  futures: ["generated", "rest", "auth", "errors", "util"],
  "futures-ws": ["ws", "book", "auth", "errors", "util", "runtime"],
  markets: ["util", "errors"],
  testing: [
    "util",
    "errors",
    "auth",
    "book",
    "rest",
    "ws",
    "futures",
    "futures-ws",
    "runtime",
    "generated",
    "index",
    "testing",
    "markets",
  ],
  index: [
    "util",
    "errors",
    "auth",
    "book",
    "rest",
    "ws",
    "futures",
    "futures-ws",
    "runtime",
    "generated",
    "markets",
  ],
};

interface SourceFile {
  readonly rel: string; // e.g. "rest/kraken-rest.ts"
  readonly area: string;
  readonly text: string;
  readonly imports: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? walk(path.join(dir, e.name))
      : /\.(ts|mts|cts)$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
}

function areaOf(relToSrc: string): string {
  if (relToSrc.startsWith("..")) {
    const outside = path.relative(ROOT, path.resolve(SRC, relToSrc)).split(path.sep)[0] ?? "";
    return outside === "generated" ? "generated" : `outside:${outside}`;
  }
  const first = relToSrc.split(path.sep)[0] ?? "";
  return /\.(ts|js)$/.test(first) ? "index" : first;
}

const files: SourceFile[] = walk(SRC).map((file) => {
  const text = readFileSync(file, "utf8");
  const rel = path.relative(SRC, file);
  const imports = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  return { rel, area: areaOf(rel), text, imports };
});

/** Target area of a relative import, or undefined for a package import. */
function targetArea(from: SourceFile, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  return areaOf(path.relative(SRC, path.resolve(SRC, path.dirname(from.rel), spec)));
}

/** Identifiers used as values (not property names), via the TypeScript scanner. */
function globalUses(text: string, names: ReadonlySet<string>): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const found: string[] = [];
  let previous = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (
      kind === ts.SyntaxKind.Identifier &&
      names.has(scanner.getTokenText()) &&
      previous !== ts.SyntaxKind.DotToken
    ) {
      found.push(`${scanner.getTokenText()}@${text.slice(0, scanner.getTokenStart()).split("\n").length}`);
    }
    previous = kind;
  }
  return found;
}

const NODE_BUILTINS = new Set([
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "events",
  "fs",
  "http",
  "https",
  "net",
  "os",
  "path",
  "stream",
  "tls",
  "url",
  "util",
  "zlib",
  "worker_threads",
  "perf_hooks",
  "timers",
  "dns",
  "readline",
]);

function directionViolations(list: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const f of list) {
    const allowed = ALLOWED[f.area];
    for (const spec of f.imports) {
      const target = targetArea(f, spec);
      if (target === undefined || target === f.area) continue;
      if (!allowed)
        violations.push(`${f.rel}: area "${f.area}" has no rule (add it to DESIGN.md and this test)`);
      else if (!allowed.includes(target))
        violations.push(`${f.rel} imports ${spec} (${f.area} -> ${target})`);
    }
  }
  return violations;
}

describe("architecture (DESIGN.md dependency direction)", () => {
  it("finds the source areas", () => {
    const areas = new Set(files.map((f) => f.area));
    for (const a of ["util", "errors", "book", "rest", "testing", "index"]) expect(areas).toContain(a);
  });

  it("imports only in the allowed direction (util <- errors <- auth/book <- rest/ws; ws never rest; rest never ws/book)", () => {
    const violations = directionViolations(files);
    expect(violations, violations.join("\n")).toEqual([]);
  });

  it("detects a wrong-way import (guards the rule above)", () => {
    const fake = (rel: string, imports: string[]): SourceFile => ({
      rel,
      area: areaOf(rel),
      text: "",
      imports,
    });
    expect(
      directionViolations([
        fake("ws/connection.ts", ["../rest/kraken-rest.js", "../book/order-book.js"]),
        fake("util/x.ts", ["../errors/base.js"]),
        fake("rest/y.ts", ["../../generated/operations.js", "openapi-fetch"]),
      ]),
    ).toEqual([
      "ws/connection.ts imports ../rest/kraken-rest.js (ws -> rest)",
      "util/x.ts imports ../errors/base.js (util -> errors)",
    ]);
  });

  it("keeps src/testing private: nothing outside it imports it", () => {
    const leaks = files
      .filter((f) => f.area !== "testing")
      .flatMap((f) =>
        f.imports.filter((s) => targetArea(f, s) === "testing").map((s) => `${f.rel} imports ${s}`),
      );
    expect(leaks).toEqual([]);
  });

  it("keeps src/runtime/node/ behind package.json's `node` import conditions: nothing imports it directly", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      imports?: Record<string, { node?: string; default?: string }>;
    };
    const mapped = new Set(
      Object.values(pkg.imports ?? {}).map((c) => path.relative(SRC, path.join(ROOT, c.node ?? ""))),
    );
    const nodeFiles = files.filter((f) => f.rel.startsWith(`runtime${path.sep}node${path.sep}`));
    expect(nodeFiles.map((f) => f.rel).filter((rel) => !mapped.has(rel))).toEqual([]);
    const direct = files.flatMap((f) =>
      f.imports
        .filter(
          (s) =>
            s.startsWith(".") &&
            path
              .resolve(SRC, path.dirname(f.rel), s)
              .includes(`${path.sep}runtime${path.sep}node${path.sep}`),
        )
        .filter(() => !f.rel.startsWith(`runtime${path.sep}node${path.sep}`))
        .map((s) => `${f.rel} imports ${s}`),
    );
    expect(direct).toEqual([]);
  });

  it("uses web standards only outside src/testing and src/runtime/node: no node: imports, Node built-ins, Buffer or process", () => {
    const problems: string[] = [];
    for (const f of files.filter(
      (x) => x.area !== "testing" && !x.rel.startsWith(`runtime${path.sep}node${path.sep}`),
    )) {
      for (const spec of f.imports) {
        if (spec.startsWith("node:") || NODE_BUILTINS.has(spec)) problems.push(`${f.rel} imports ${spec}`);
      }
      for (const use of globalUses(f.text, new Set(["Buffer", "process", "require", "__dirname"]))) {
        problems.push(`${f.rel} uses ${use}`);
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("detects a forbidden use (guards the scanner): `process.env` counts, `x.process` and strings do not", () => {
    expect(
      globalUses(
        `const a = process.env; const b = x.process; const c = "Buffer"; // process`,
        new Set(["process", "Buffer"]),
      ),
    ).toEqual(["process@1"]);
  });

  it("keeps generated/ free of src imports", () => {
    const generated = path.join(ROOT, "generated");
    const bad = readdirSync(generated)
      .filter((n) => n.endsWith(".ts"))
      .flatMap((n) =>
        ts
          .preProcessFile(readFileSync(path.join(generated, n), "utf8"), true, true)
          .importedFiles.map((f) => f.fileName)
          .filter((s) => s.includes("src/"))
          .map((s) => `${n} imports ${s}`),
      );
    expect(bad).toEqual([]);
  });
});

/**
 * The floors of src/ws, bottom up (DESIGN.md, docs/contributing.md): a file may import its own floor
 * (no circles: checked below) and the floors it lists. Files directly in src/ws are the client facade
 * (client, core, lazy-chunk) except index.ts, the entry above everything; unified/ is a client built on
 * the facade. Derivatives (src/futures-ws) uses the shared lower floors and the lazy-chunk seam only.
 */
const WS_FLOORS: Record<string, readonly string[]> = {
  types: [],
  connection: [],
  protocol: ["connection", "types"],
  subscriptions: ["protocol", "connection", "types"],
  trading: ["protocol", "connection", "types"],
  books: ["subscriptions", "protocol", "connection", "types"],
  facade: ["books", "trading", "subscriptions", "protocol", "connection", "types"],
  unified: ["facade", "books", "trading", "subscriptions", "protocol", "connection", "types"],
  index: ["unified", "facade", "books", "trading", "subscriptions", "protocol", "connection", "types"],
  "futures-ws": ["lazy-chunk", "subscriptions", "protocol", "connection"],
};

/** Floors whose code is loaded on first use: other floors reach them by `import type` only; values come through `lazy-chunk.ts`. */
const LAZY_FLOORS = new Set(["books", "trading"]);

/** The floor of a file under src/ws (`lazy-chunk` is the facade's seam, named apart for futures-ws). */
function wsFloor(relToSrc: string): string | undefined {
  const parts = relToSrc.split(path.sep);
  if (parts[0] !== "ws") return undefined;
  if (parts.length === 2)
    return parts[1] === "index.ts" ? "index" : parts[1] === "lazy-chunk.ts" ? "lazy-chunk" : "facade";
  return parts[1];
}

/** Relative specifiers that a file imports as values (not `import type` / `export type`), lazy `import()` included. */
function valueImports(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s*["']([^"']+)["']/gm))
    if (m[2] === undefined) found.push(m[3]!);
  for (const m of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1]!);
  return found;
}

function wsFloorViolations(list: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const f of list) {
    const from = f.area === "futures-ws" ? "futures-ws" : wsFloor(f.rel);
    if (from === undefined) continue;
    const fromRule = from === "lazy-chunk" ? "facade" : from;
    const values = new Set(valueImports(f.text));
    for (const spec of f.imports) {
      const target = importedFile(f, spec);
      const to = target === undefined ? undefined : wsFloor(target);
      if (to === undefined || to === from) continue;
      const toRule = to === "lazy-chunk" && from !== "futures-ws" ? "facade" : to;
      if (toRule === fromRule) continue;
      if (!(WS_FLOORS[fromRule] ?? []).includes(toRule))
        violations.push(`${f.rel} imports ${spec} (ws floor ${from} -> ${to})`);
      else if (LAZY_FLOORS.has(to) && values.has(spec) && from !== "lazy-chunk" && !LAZY_FLOORS.has(from))
        violations.push(
          `${f.rel} imports ${spec} as a value (the ${to} code is reached through lazy-chunk.ts)`,
        );
    }
  }
  return violations;
}

describe("architecture: the floors of src/ws", () => {
  it("imports only go down the floors of src/ws, and lazily loaded code is reached only through lazy-chunk.ts", () => {
    const violations = wsFloorViolations(files);
    expect(violations, violations.join("\n")).toEqual([]);
  });

  it("detects an import back up and a value import around the lazy seam (guards the rule above)", () => {
    const fake = (rel: string, imports: string[], text = ""): SourceFile => ({
      rel,
      area: areaOf(rel),
      text,
      imports,
    });
    expect(
      wsFloorViolations([
        fake(path.join("ws", "connection", "x.ts"), ["../protocol/requests.js", "./timers.js"]),
        fake(path.join("ws", "subscriptions", "y.ts"), ["../lazy-chunk.js", "../protocol/frame.js"]),
        fake(
          path.join("ws", "core.ts"),
          ["./books/book-sync.js"],
          `import { openBook } from "./books/book-sync.js";`,
        ),
        fake(
          path.join("ws", "client.ts"),
          ["./books/book-sync.js"],
          `import type { LiveOrderBook } from "./books/book-sync.js";`,
        ),
        fake(
          path.join("ws", "lazy-chunk.ts"),
          ["./books/book-sync.js"],
          `const c = () => import("./books/book-sync.js");`,
        ),
        fake(path.join("futures-ws", "z.ts"), [
          "../ws/client.js",
          "../ws/connection/connection.js",
          "../ws/lazy-chunk.js",
        ]),
      ]),
    ).toEqual([
      `${path.join("ws", "connection", "x.ts")} imports ../protocol/requests.js (ws floor connection -> protocol)`,
      `${path.join("ws", "subscriptions", "y.ts")} imports ../lazy-chunk.js (ws floor subscriptions -> lazy-chunk)`,
      `${path.join("ws", "core.ts")} imports ./books/book-sync.js as a value (the books code is reached through lazy-chunk.ts)`,
      `${path.join("futures-ws", "z.ts")} imports ../ws/client.js (ws floor futures-ws -> facade)`,
    ]);
  });
});

/** The source file a relative import names (`./x.js` is `./x.ts`), or undefined for packages and files outside src/. */
function importedFile(from: SourceFile, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const rel = path
    .relative(SRC, path.resolve(SRC, path.dirname(from.rel), spec))
    .replace(/\.(m|c)?js$/, ".$1ts");
  return rel.startsWith("..") ? undefined : rel;
}

/** Import circles (strongly connected groups of two or more files, or a file importing itself), each sorted. */
function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative enough for a source tree's depth.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return circles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe("architecture: no import circles", () => {
  it("has no import circle in src/ (type-only and lazy `import()` imports count too)", () => {
    const graph = new Map(
      files.map((f) => [
        f.rel,
        f.imports.map((s) => importedFile(f, s)).filter((t): t is string => t !== undefined),
      ]),
    );
    expect(
      importCircles(graph),
      "import circles (pass what a module needs in, or depend on an interface it declares)",
    ).toEqual([]);
  });

  it("finds circles (guards the check above): a two-file loop, a self-import, and no false ones", () => {
    const graph = new Map<string, string[]>([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["a.ts", "c.ts"]],
      ["c.ts", ["d.ts"]],
      ["d.ts", []],
      ["e.ts", ["e.ts"]],
    ]);
    expect(importCircles(graph)).toEqual([["a.ts", "b.ts"], ["e.ts"]]);
  });
});

/**
 * The files of src/futures-ws, bottom up (docs/contributing.md): each imports only files before it.
 * book.ts (the v1 book, loaded on first `book()`) is reached as a value only through a lazy `import()`.
 */
const FUTURES_WS_ORDER = [
  "types.ts",
  "feeds.ts",
  "errors.ts",
  "options.ts",
  "decode.ts",
  "book.ts",
  "wires.ts",
  "challenge.ts",
  "requests.ts",
  "wire-sync.ts",
  "frames.ts",
  "live-book.ts",
  "client.ts",
  "index.ts",
];

function futuresWsViolations(list: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const f of list) {
    if (f.area !== "futures-ws") continue;
    const name = path.basename(f.rel);
    const at = FUTURES_WS_ORDER.indexOf(name);
    if (at < 0) {
      violations.push(`${f.rel} is not in the futures-ws file order`);
      continue;
    }
    const values = new Set(valueImports(f.text));
    const lazy = new Set([...f.text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    for (const spec of f.imports) {
      const target = importedFile(f, spec);
      if (target === undefined || areaOf(target) !== "futures-ws") continue;
      const to = path.basename(target);
      if (FUTURES_WS_ORDER.indexOf(to) >= at) violations.push(`${f.rel} imports ${spec} (not below it)`);
      if (to === "book.ts" && name !== "index.ts" && values.has(spec) && !lazy.has(spec))
        violations.push(`${f.rel} imports ${spec} as a value (the v1 book is loaded on first use)`);
    }
  }
  return violations;
}

describe("architecture: the files of src/futures-ws", () => {
  it("imports only go down the file order, and the v1 book is reached as a value only lazily", () => {
    const violations = futuresWsViolations(files);
    expect(violations, violations.join("\n")).toEqual([]);
  });

  it("detects an import back up, a value import of the book and an unlisted file (guards the rule above)", () => {
    const fake = (name: string, imports: string[], text = ""): SourceFile => {
      const rel = path.join("futures-ws", name);
      return { rel, area: areaOf(rel), text, imports };
    };
    expect(
      futuresWsViolations([
        fake("wires.ts", ["./client.js"]),
        fake("frames.ts", ["./book.js"], 'import { FuturesOrderBook } from "./book.js";'),
        fake("client.ts", ["./book.js"], 'const c = () => import("./book.js");'),
        fake("extra.ts", []),
      ]),
    ).toEqual([
      `${path.join("futures-ws", "wires.ts")} imports ./client.js (not below it)`,
      `${path.join("futures-ws", "frames.ts")} imports ./book.js as a value (the v1 book is loaded on first use)`,
      `${path.join("futures-ws", "extra.ts")} is not in the futures-ws file order`,
    ]);
  });
});

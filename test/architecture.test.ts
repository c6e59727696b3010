import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../server/paths.js';

// The layering the code promises (docs/architecture.md), checked on the source:
// route (HTTP) → service (rules) → store (SQL); the cross-cutting folders below
// the features; no cycles; functions short enough to read.

const serverDir = join(projectRoot, 'server');
/** Folders that are not features: the process, the database, the domain core and the HTTP mechanisms. */
const CORE = new Set(['.', 'db', 'domain', 'http']);
/** Longer than this many lines, a function must say why here. */
const MAX_FUNCTION_LINES = 80;
const LONG_FUNCTIONS_ALLOWED: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(serverDir).map((path) => ({
  path,
  name: relative(serverDir, path),
  source: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true),
}));

/** Each file's imports of other server files (type-only imports included: they still tie the folders). */
const imports = new Map(
  files.map(({ path, name, source }) => [
    name,
    source.statements
      .filter(ts.isImportDeclaration)
      .map((declaration) => (declaration.moduleSpecifier as ts.StringLiteral).text)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => relative(serverDir, resolve(dirname(path), specifier)).replace(/\.js$/, '.ts')),
  ]),
);

const folderOf = (name: string) => (name.includes('/') ? name.slice(0, name.indexOf('/')) : '.');

/** The cycles of a graph, each as the path that closes it (depth-first search). */
function cycles(graph: Map<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('the layers of server/', () => {
  it('finds a cycle where there is one (the check itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no import cycle between modules', () => {
    expect(cycles(imports).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('has no import cycle between feature folders', () => {
    const folders = new Map<string, Set<string>>();
    for (const [name, targets] of imports) {
      const from = folderOf(name);
      if (CORE.has(from)) continue;
      const edges = folders.get(from) ?? new Set<string>();
      for (const target of targets)
        if (!CORE.has(folderOf(target)) && folderOf(target) !== from) edges.add(folderOf(target));
      folders.set(from, edges);
    }
    const graph = new Map([...folders].map(([folder, edges]) => [folder, [...edges]]));
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('keeps db/ and domain/ free of HTTP, and domain/ free of features', () => {
    const offending = [...imports].flatMap(([name, targets]) =>
      ['db', 'domain'].includes(folderOf(name))
        ? targets
            .filter((target) => folderOf(target) === 'http' || !CORE.has(folderOf(target)))
            .map((t) => `${name} → ${t}`)
        : [],
    );
    expect(offending).toEqual([]);
  });

  it('lets routes call services, never a store', () => {
    const offending = [...imports].flatMap(([name, targets]) =>
      name.endsWith('/routes.ts')
        ? targets.filter((target) => target.endsWith('store.ts')).map((t) => `${name} → ${t}`)
        : [],
    );
    expect(offending).toEqual([]);
  });

  it('throws HTTP problems only from http/ and routes', () => {
    // By what a file imports, not by the word: "problems" is also the lägesbild's (DESIGN: problem).
    const importsHttpProblems = (source: ts.SourceFile) =>
      source.statements.some((statement) => {
        if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) return false;
        if (!/\/http\/problems\.js$/.test((statement.moduleSpecifier as ts.StringLiteral).text)) return false;
        const bindings = statement.importClause?.namedBindings;
        return (
          bindings !== undefined &&
          ts.isNamedImports(bindings) &&
          bindings.elements.some((element) => ['problems', 'HttpProblem'].includes(element.name.text))
        );
      });
    const offending = files
      .filter(({ name }) => !name.startsWith('http/') && !name.endsWith('routes.ts'))
      .filter(({ source }) => /\bHttpProblem\b/.test(source.text) || importsHttpProblems(source))
      .map(({ name }) => name);
    expect(offending).toEqual([]);
  });

  it(`has no function longer than ${MAX_FUNCTION_LINES} lines without a stated reason`, () => {
    const long: string[] = [];
    for (const { name, source } of files) {
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body && !isRoutePlugin(node)) {
          const first = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          const last = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
          const where = `${name}:${first}`;
          if (last - first + 1 > MAX_FUNCTION_LINES && !(where in LONG_FUNCTIONS_ALLOWED)) {
            long.push(`${where} (${last - first + 1} lines)`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });
});

/**
 * A route plugin is a list of route declarations (schema, access rule, a
 * one-call handler each): long by nature, and read route by route.
 */
function isRoutePlugin(node: ts.Node): boolean {
  const declaration = node.parent;
  return (
    ts.isVariableDeclaration(declaration) &&
    declaration.type !== undefined &&
    /^FastifyPluginAsync/.test(declaration.type.getText())
  );
}

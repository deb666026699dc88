/**
 * The chunk graph of the built drop-in, read from `dist/` itself: every `.js` file, its static
 * imports (what must load before it runs) and dynamic imports (what it may load later), and which
 * chunk is the entry of which element (from the source maps: the chunk whose sources include
 * `src/elements/<name>/define.ts`). Sizes are gzip level 9 per file, as a CDN serves them.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/**
 * The gzip size of the given files joined into one: the least any bundling of exactly this code
 * could send (one file shares one compression window and drops the per-file overhead).
 */
export function oneFileGzip(graph, paths) {
  return gzipSize(Buffer.concat([...paths].map((path) => graph.files.get(path)?.code ?? Buffer.alloc(0))));
}

function listJs(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      // dist/lib is the npm build (Lit external), not something a page loads.
      if (relative(base, full) === 'lib') continue;
      out.push(...listJs(full, base));
    } else if (name.endsWith('.js')) out.push(full);
  }
  return out;
}

/**
 * @param {string} distDir
 * @returns {{ files: Map<string, { path: string, raw: number, gzip: number, imports: string[], dynamic: string[], sources: string[] }>,
 *   entry: string, elements: Map<string, string> }}
 */
export function readChunkGraph(distDir) {
  const entry = 'scalev.js';
  if (!existsSync(join(distDir, entry))) throw new Error(`${join(distDir, entry)} is missing: run npm run build`);
  const files = new Map();
  for (const full of listJs(distDir)) {
    const rel = relative(distDir, full).split('\\').join('/');
    const code = readFileSync(full);
    const text = code.toString('utf8');
    const resolveRel = (spec) => relative(distDir, resolve(dirname(full), spec)).split('\\').join('/');
    const imports = [...new Set([...text.matchAll(STATIC_IMPORT)].map((m) => resolveRel(m[1])))];
    const dynamic = [...new Set([...text.matchAll(DYNAMIC_IMPORT)].map((m) => resolveRel(m[1])))];
    let sources = [];
    if (existsSync(`${full}.map`)) {
      try {
        sources = JSON.parse(readFileSync(`${full}.map`, 'utf8')).sources ?? [];
      } catch {
        sources = [];
      }
    }
    files.set(rel, { path: rel, code, raw: code.length, gzip: gzipSize(code), imports, dynamic, sources });
  }
  const elements = new Map();
  for (const file of files.values()) {
    for (const source of file.sources) {
      const match = /src\/elements\/([^/]+)\/define\.ts$/.exec(source);
      if (match && match[1] !== 'store') elements.set(match[1], file.path);
    }
  }
  return { files, entry, elements };
}

/** `file` and everything it statically imports, transitively. */
export function staticClosure(graph, file) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f) || !graph.files.has(f)) return;
    seen.add(f);
    for (const dep of graph.files.get(f).imports) visit(dep);
  };
  visit(file);
  return seen;
}

/**
 * Everything reachable from `file`, static and dynamic imports alike — except the drop-in's own
 * lazy loader: `scalev.js` can import every element, which says nothing about what `file` needs.
 * Files in `stop` (say, other elements' entries that `file` may load lazily) are not entered.
 */
export function fullClosure(graph, file, stop = new Set()) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f) || !graph.files.has(f) || (f !== file && stop.has(f))) return;
    seen.add(f);
    const info = graph.files.get(f);
    for (const dep of f === graph.entry ? info.imports : [...info.imports, ...info.dynamic]) visit(dep);
  };
  visit(file);
  return seen;
}

export function sumGzip(graph, set) {
  let total = 0;
  for (const f of set) total += graph.files.get(f)?.gzip ?? 0;
  return total;
}

/**
 * The base every element needs: `scalev.js`, its static imports, and every non-entry chunk that
 * each element's entry imports (statically) — what a page loads before any element can render.
 */
export function baseSet(graph) {
  const base = staticClosure(graph, graph.entry);
  const entries = new Set(graph.elements.values());
  const closures = [...graph.elements.values()].map((f) => staticClosure(graph, f));
  if (closures.length > 1) {
    for (const f of closures[0]) {
      if (!entries.has(f) && closures.every((c) => c.has(f))) base.add(f);
    }
  }
  return base;
}

/** What `<scalev-<name>>` adds to the base before it renders (its entry and static imports). */
export function elementExtra(graph, name, base = baseSet(graph)) {
  const file = graph.elements.get(name);
  if (!file) return null;
  return new Set([...staticClosure(graph, file)].filter((f) => !base.has(f)));
}

/** Tags `<scalev-x>` named inside a set of files (a composite element that lazily loads others). */
export function tagsNamedIn(graph, set, distDir) {
  const tags = new Set();
  for (const f of set) {
    const text = readFileSync(join(distDir, f), 'utf8');
    for (const m of text.matchAll(/scalev-([a-z][a-z-]*[a-z])/g)) if (graph.elements.has(m[1])) tags.add(m[1]);
  }
  return tags;
}

/**
 * Static size budgets from the chunk graph of `dist/` (gzip level 9, 1 kB = 1000 bytes).
 */
import {
  baseSet,
  elementExtra,
  fullClosure,
  readChunkGraph,
  staticClosure,
  sumGzip,
  tagsNamedIn,
} from './chunks.mjs';
import { BudgetTable, KB, kb } from './budget.mjs';

/** Element → budget for what it adds beyond the base (kB gzip), from the element issues. */
const ELEMENT_BUDGETS = {
  catalog: 12,
  cart: 8,
  login: 6,
  account: 14,
};

export function sizeBudgets(distDir) {
  const files = new BudgetTable('── bundle: every file a page can load (dist/, gzip -9) ──', ['file', 'raw', 'gzip', 'role', 'note']);
  const table = new BudgetTable('── budgets: gzip size per entry and element (static chunk graph) ──');
  let graph;
  try {
    graph = readChunkGraph(distDir);
  } catch (error) {
    table.fail('dist/scalev.js', '—', error.message);
    return { graph: null, table, files };
  }
  const base = baseSet(graph);
  const roleOf = new Map();
  for (const [name, file] of graph.elements) roleOf.set(file, `entry of <scalev-${name}>`);
  for (const f of base) if (!roleOf.has(f)) roleOf.set(f, f === graph.entry ? 'drop-in entry' : 'base (shared by every element)');
  for (const file of [...graph.files.values()].sort((a, b) => b.gzip - a.gzip)) {
    files.rows.push({
      measure: file.path,
      figure: kb(file.raw),
      budget: kb(file.gzip),
      result: roleOf.get(file.path) ?? 'shared chunk',
      note: file.dynamic.length ? `lazy: ${file.dynamic.length} chunk(s)` : '',
    });
  }

  const baseBytes = sumGzip(graph, base);
  table.add('base: scalev.js + chunks every element needs', {
    figure: kb(baseBytes),
    budget: '≤ 20 kB',
    pass: baseBytes <= 20 * KB,
    note: `${base.size} file(s)`,
  });

  for (const [name, limit] of Object.entries(ELEMENT_BUDGETS)) {
    const extra = elementExtra(graph, name, base);
    if (!extra) {
      table.fail(`<scalev-${name}> beyond the base`, `≤ ${limit} kB`, `no chunk for <scalev-${name}> in dist (src/elements/${name}/define.ts not built)`);
      continue;
    }
    const bytes = sumGzip(graph, extra);
    const lazy = [...fullClosure(graph, graph.elements.get(name))].filter((f) => !base.has(f) && !extra.has(f));
    table.add(`<scalev-${name}> beyond the base`, {
      figure: kb(bytes),
      budget: `≤ ${limit} kB`,
      pass: bytes <= limit * KB,
      note: `${extra.size} file(s)${lazy.length ? `; + ${kb(sumGzip(graph, new Set(lazy)))} loaded later on demand` : ''}`,
    });
  }

  const checkoutParts = ['checkout', 'order-status'].filter((n) => graph.elements.has(n));
  if (checkoutParts.length < 2) {
    const missing = ['checkout', 'order-status'].filter((n) => !graph.elements.has(n));
    table.fail('<scalev-checkout> + <scalev-order-status> beyond the base', '≤ 16 kB', `not built: ${missing.map((n) => `<scalev-${n}>`).join(', ')}`);
  } else {
    const union = new Set([...elementExtra(graph, 'checkout', base), ...elementExtra(graph, 'order-status', base)]);
    const bytes = sumGzip(graph, union);
    // Only what loads before the first render; the budget is judged on what a buyer using the
    // checkout and an order page fetches (the "checkout in use" row of the page table).
    table.add('<scalev-checkout> + <scalev-order-status> before the first render', {
      figure: kb(bytes),
      pass: null,
      note: `${union.size} file(s); the ≤ 16 kB budget is checked in use (page table)`,
    });
  }

  const productOnly = graph.elements.has('product')
    ? new Set([...staticClosure(graph, graph.entry), ...staticClosure(graph, graph.elements.get('product'))])
    : null;
  if (productOnly) {
    const bytes = sumGzip(graph, productOnly);
    table.add('page with only <scalev-product> (static graph)', { figure: kb(bytes), budget: '≤ 25 kB', pass: bytes <= 25 * KB, note: `${productOnly.size} file(s)` });
  } else table.fail('page with only <scalev-product> (static graph)', '≤ 25 kB', 'no chunk for <scalev-product> in dist');

  if (graph.elements.has('storefront')) {
    const reach = fullClosure(graph, graph.elements.get('storefront'));
    for (const tag of tagsNamedIn(graph, reach, distDir)) for (const f of fullClosure(graph, graph.elements.get(tag))) reach.add(f);
    for (const f of staticClosure(graph, graph.entry)) reach.add(f);
    const bytes = sumGzip(graph, reach);
    table.add('full <scalev-storefront>: scalev.js + every chunk it may load', { figure: kb(bytes), budget: '≤ 60 kB', pass: bytes <= 60 * KB, note: `${reach.size} file(s)` });
  } else table.fail('full <scalev-storefront>: scalev.js + every chunk it may load', '≤ 60 kB', 'no chunk for <scalev-storefront> in dist');

  let all = 0;
  for (const f of graph.files.values()) all += f.gzip;
  table.add('everything in dist (all elements)', { figure: kb(all), pass: null, note: `${graph.files.size} files; elements: ${[...graph.elements.keys()].join(', ') || 'none'}` });
  return { graph, base, table, files };
}

import { expect } from '@open-wc/testing';
import { fetchText } from './support/harness.js';

/**
 * custom-elements.json (from the classes' JSDoc) is what merchants, editors and the JSX typings read.
 * These tests hold it to the code: every part an element's templates render, every custom state it
 * sets and every `scalev-*` event it emits is documented, and every documented part is rendered.
 *
 * An element's templates are its own module and the modules it imports (relative imports, static or
 * dynamic), except those of other elements (`define.ts`) and of the location picker, which render
 * in shadow roots of their own.
 */

interface Declaration {
  name: string;
  superclass?: { name: string };
  tagName?: string;
  customElement?: boolean;
  cssParts?: { name: string }[];
  cssStates?: { name: string }[];
  events?: { name: string }[];
}

const OWN_SHADOW_ROOT = ['/src/ui/location-picker.ts'];
const BASE = '/src/elements/base/scalev-element.ts';

/** `<scalev-store>` only borrows helpers of the base module; the base's states and events are its subclasses'. */
function extendsBase(declaration: Declaration): boolean {
  return declaration.superclass?.name === 'ScalevElement';
}

function resolve(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

const sources = new Map<string, Promise<string | null>>();
function source(path: string): Promise<string | null> {
  if (!sources.has(path)) sources.set(path, fetchText(path).catch(() => null));
  return sources.get(path)!;
}

/** The source of an element's module and of every module rendering into its shadow root. */
async function templatesOf(entry: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const path = queue.shift()!;
    if (found.has(path)) continue;
    const text = await source(path);
    if (text === null) continue;
    found.set(path, text);
    for (const [, specifier] of text.matchAll(/(?:\bfrom|\bimport\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(path, specifier!);
      if (!/^\/src\/(elements|ui)\//.test(target)) continue;
      if (target.endsWith('/define.ts') || target.endsWith('.styles.ts') || OWN_SHADOW_ROOT.includes(target)) continue;
      queue.push(target);
    }
  }
  return found;
}

/** Part names set in templates: `part="a b"`, `part=${x ? 'a' : 'b'}`, and the outer names of `exportparts`. */
function partsIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, literal, expression] of text.matchAll(/\bpart=(?:"([^"]*)"|\$\{([^}]*)\})/g)) {
    const found = literal !== undefined ? literal.split(/\s+/) : [...expression!.matchAll(/'([\w-]+)'/g)].map((m) => m[1]!);
    for (const name of found) if (name && !name.includes('$')) names.add(name);
  }
  for (const [, literal, constant] of text.matchAll(/\bexportparts=(?:"([^"]*)"|\$\{(\w+)\})/g)) {
    const value = literal ?? new RegExp(`const ${constant} = '([^']*)'`).exec(text)?.[1] ?? '';
    for (const pair of value.split(',')) {
      const name = pair.split(':').pop()!.trim();
      if (name) names.add(name);
    }
  }
  return names;
}

async function elements(): Promise<{ declaration: Declaration; path: string }[]> {
  const manifest = JSON.parse(await fetchText('/custom-elements.json')) as {
    modules: { path: string; declarations?: Declaration[] }[];
  };
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((declaration) => ({ declaration, path: `/${module.path}` })),
  );
}

describe('custom-elements.json', () => {
  it('documents every part each element renders, and renders every part it documents', async () => {
    const all = await elements();
    expect(all.length).to.be.greaterThan(8);
    for (const { declaration, path } of all) {
      const rendered = new Set<string>();
      for (const text of (await templatesOf(path)).values()) for (const name of partsIn(text)) rendered.add(name);
      const documented = new Set((declaration.cssParts ?? []).map((part) => part.name));
      const tag = declaration.tagName;
      expect([...rendered].filter((name) => !documented.has(name)), `<${tag}> renders parts that have no @csspart`).to.deep.equal([]);
      expect([...documented].filter((name) => !rendered.has(name)), `<${tag}> documents parts it never renders`).to.deep.equal([]);
    }
  });

  it('documents every custom state each element sets (turning one off is not setting it)', async () => {
    for (const { declaration, path } of await elements()) {
      const documented = new Set((declaration.cssStates ?? []).map((state) => state.name));
      for (const [file, text] of await templatesOf(path)) {
        if (file === BASE && !extendsBase(declaration)) continue;
        for (const [, name] of text.matchAll(/setCustomState\(\s*'([\w-]+)',(?!\s*false\s*\))/g)) {
          expect(documented.has(name!), `<${declaration.tagName}> sets :state(${name}) (${file}) without @cssstate`).to.equal(true);
        }
      }
    }
  });

  it('documents every scalev-* event each element emits', async () => {
    for (const { declaration, path } of await elements()) {
      const documented = new Set((declaration.events ?? []).map((event) => event.name));
      for (const [file, text] of await templatesOf(path)) {
        if (file === BASE && !extendsBase(declaration)) continue;
        for (const [, name] of text.matchAll(/\b(?:emit|announce)\(\s*'(scalev-[\w-]+)'/g)) {
          expect(documented.has(name!), `<${declaration.tagName}> emits ${name} (${file}) without @fires`).to.equal(true);
        }
      }
    }
  });
});

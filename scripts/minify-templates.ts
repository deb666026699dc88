import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Minifies the static text of Lit's `css`, `html` and `svg` tagged templates in the drop-in build:
 * the JS minifier keeps template text byte for byte, so the indentation and comments of every
 * component's styles and templates would otherwise ship. Only whitespace and CSS comments go:
 *
 * - CSS: comments removed, whitespace runs collapsed to one space, no space next to `{ } ; ,` or
 *   after a colon (a colon followed by a space only occurs in declarations and media features), no
 *   last semicolon before `}`.
 *   Spaces at an expression boundary stay (`${a} ${b}` must keep its space).
 * - HTML/SVG: whitespace runs that contain a line break become one space. A single space renders
 *   exactly as the indentation did (text whitespace collapses anyway), and inline neighbours keep
 *   their gap. Nothing else changes, so `<textarea>` or `pre` text written inline on one line is safe.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'scalev:minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      const edits = new MagicString(code);
      let changed = false;
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag as { type: string; name?: string };
        if (tag.type !== 'Identifier' || !['css', 'html', 'svg'].includes(tag.name ?? '')) return;
        const quasi = node.quasi as { quasis: Array<{ start: number; end: number }> };
        for (const part of quasi.quasis) {
          const raw = code.slice(part.start, part.end);
          const small = tag.name === 'css' ? minifyCss(raw) : minifyMarkup(raw);
          if (small !== raw) {
            edits.overwrite(part.start, part.end, small || ' ');
            changed = true;
          }
        }
      });
      return changed ? { code: edits.toString(), map: edits.generateMap({ hires: true, source: id }) } : null;
    },
  };
}

export function minifyCss(raw: string): string {
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

export function minifyMarkup(raw: string): string {
  return raw.replace(/\s*\n\s*/g, ' ');
}

interface AstNode {
  type: string;
  [key: string]: unknown;
}

function walk(node: unknown, visit: (node: AstNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as AstNode).type !== 'string') return;
  visit(node as AstNode);
  for (const key in node) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const value = (node as Record<string, unknown>)[key];
    if (value && typeof value === 'object') walk(value, visit);
  }
}

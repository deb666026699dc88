/**
 * Regenerates `custom-elements.json` from the JSDoc of the element classes, then derives from it:
 *  - `dist/vscode.html-custom-data.json`: tag and attribute completion in VS Code;
 *  - `dist/jsx.d.ts`: checked props and events for React 19, Preact and Solid.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export async function generateManifestArtifacts(root) {
  execFileSync(
    process.execPath,
    [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--config', `${root}custom-elements-manifest.config.mjs`],
    { stdio: ['ignore', 'ignore', 'inherit'], cwd: root },
  );
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const elements = publicElements(manifest);
  mkdirSync(`${root}dist`, { recursive: true });
  writeFileSync(`${root}dist/vscode.html-custom-data.json`, JSON.stringify(vscodeData(elements), null, 2) + '\n');
  writeFileSync(`${root}dist/jsx.d.ts`, jsxTypes(elements));
  process.stdout.write(
    `custom-elements.json: ${elements.length} elements (${elements.map((e) => e.tagName).join(', ')})\n` +
      'dist/vscode.html-custom-data.json, dist/jsx.d.ts: written\n',
  );
  return manifest;
}

/** Elements with a tag, with the module they are declared in. */
export function publicElements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ ...declaration, modulePath: module.path })),
  );
}

function vscodeData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: [element.summary, element.description].filter(Boolean).join('\n\n'),
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        ...(enumValues(attribute.type?.text) ? { values: enumValues(attribute.type.text).map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

function enumValues(typeText) {
  if (!typeText) return null;
  const values = [...typeText.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  return values.length > 1 && /^\s*('[^']*'\s*\|\s*)+'[^']*'\s*(\|\s*'')?\s*$/.test(typeText) ? values : null;
}

function jsxTypes(elements) {
  const importLine = (element) => {
    const from = `./lib/${element.modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
    return `import type { ${element.name} } from '${from}';`;
  };
  const propsOf = (element) => {
    const fields = (element.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public') && !m.readonly && !m.name.startsWith('_'),
    );
    const props = fields.map((f) => `'${f.name}'`).join(' | ') || 'never';
    const events = (element.events ?? [])
      .filter((event) => event.name)
      .map((event) => `  'on${event.name}'?: (event: ${eventType(event)}) => void;`)
      .join('\n');
    return `export type ${element.name}Props = Partial<Pick<${element.name}, ${props}>> & {\n${events}\n};`;
  };
  const map = elements.map((e) => `    '${e.tagName}': ${e.name}Props & BaseAttributes;`).join('\n');
  return `/* Generated from custom-elements.json by scripts/manifest.mjs. Do not edit. */
import type { ScalevEventMap } from './lib/events.js';
${elements.map(importLine).join('\n')}

type EventOf<K extends string> = K extends keyof ScalevEventMap ? ScalevEventMap[K] : CustomEvent;

type BaseAttributes = {
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  style?: string | Record<string, string | number>;
  hidden?: boolean;
  lang?: string;
  children?: unknown;
  ref?: unknown;
  key?: string | number;
  [attribute: \`data-\${string}\`]: string | number | boolean | undefined;
  [attribute: \`aria-\${string}\`]: string | number | boolean | undefined;
};

${elements.map(propsOf).join('\n\n')}

export interface ScalevIntrinsicElements {
${map}
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ScalevIntrinsicElements {}
  }
}
declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends ScalevIntrinsicElements {}
  }
}
declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends ScalevIntrinsicElements {}
  }
}
export type { ScalevEventMap };
`;
}

function eventType(event) {
  return `EventOf<'${event.name}'>`;
}

/**
 * Regenerates `custom-elements.json` from the JSDoc of the element classes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export async function generateManifestArtifacts(root) {
  execFileSync(
    process.execPath,
    [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--config', `${root}custom-elements-manifest.config.mjs`],
    { stdio: ['ignore', 'ignore', 'inherit'], cwd: root },
  );
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));
  process.stdout.write(`custom-elements.json: ${tags.length} elements (${tags.join(', ')})\n`);
  return manifest;
}

#!/usr/bin/env node
/**
 * `npm run build`:
 *  1. dist/scalev.js — the one-tag drop-in (Lit bundled, minified), one lazily loaded chunk per element;
 *  2. dist/lib/** — ES modules per element with Lit external, plus type declarations, for npm users;
 *  3. custom-elements.json (+ editor and framework typings derived from it) regenerated from the JSDoc.
 */
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateManifestArtifacts } from './manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const step = (label) => process.stdout.write(`\n▸ ${label}\n`);

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

step('drop-in bundle (dist/scalev.js)');
await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn' });

step('npm modules and type declarations (dist/lib)');
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], {
  stdio: 'inherit',
  cwd: root,
});

step('custom-elements.json');
await generateManifestArtifacts(root);
process.stdout.write('\nbuild: done\n');

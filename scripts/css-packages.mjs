/**
 * Style-only packages the hostile-page tests load from npm. `@wordpress/block-library` is fetched
 * as its own tarball (`npm pack`) instead of being a dev dependency: only its CSS is used, and its
 * dependency tree (the whole block editor, ~750 MB) made a clean `npm ci` take 14 minutes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const CSS_PACKAGES = [{ name: '@wordpress/block-library', version: '11.0.0', probe: 'build-style/style.css' }];

/** Makes sure every style package is unpacked under node_modules; returns their directories. */
export function ensureCssPackages() {
  return CSS_PACKAGES.map(({ name, version, probe }) => {
    const dir = join(root, 'node_modules', name);
    if (existsSync(join(dir, probe))) return dir;
    const scratch = mkdtempSync(join(tmpdir(), 'scalev-css-'));
    try {
      execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', scratch, '--silent'], {
        cwd: scratch,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const tarball = readdirSync(scratch).find((file) => file.endsWith('.tgz'));
      if (!tarball) throw new Error(`npm pack ${name}@${version} produced no tarball`);
      mkdirSync(dir, { recursive: true });
      execFileSync('tar', ['-xzf', join(scratch, tarball), '-C', dir, '--strip-components=1']);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    return dir;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const dir of ensureCssPackages()) process.stdout.write(`${dir}\n`);
}

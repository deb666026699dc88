/**
 * Finds the Chromium the tests drive (Debian's package; tools that download their own browser do
 * not work offline). On a fresh Debian machine run as root it installs it; elsewhere it says how.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    process.stdout.write('Chromium not found: installing Debian chromium (apt-get)…\n');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'Chromium is required for the tests. Install it (Debian: `sudo apt-get install chromium`) or set CHROME_PATH.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`chromium: ${ensureChromium()}\n`);
}

/**
 * One Debian Chromium for the whole run, driven by playwright-core (TOOLCHAIN: nothing here may
 * download a browser of its own).
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('Chromium not found: install Debian chromium or set CHROME_PATH');
  return found;
}

/** @param {string[]} [extraArgs] */
export async function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...LAUNCH_ARGS, ...extraArgs],
  });
}

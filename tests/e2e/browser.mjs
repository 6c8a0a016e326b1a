// Launches the system Chromium for the browser tests (no downloaded browser: see ../../.ci/setup).
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = join(root, 'target', 'tthc-artifacts');

export function executable() {
  for (const path of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (path && existsSync(path)) return path;
  }
  throw new Error('expected Chromium at /usr/bin/chromium (run .ci/setup browser), found none');
}

export async function launch(extraArgs = []) {
  mkdirSync(join(artifacts, 'screenshots'), { recursive: true });
  return chromium.launch({
    executablePath: executable(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      ...extraArgs],
  });
}

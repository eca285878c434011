// Debian's Chromium driven by playwright-core (from the cache; it never downloads a browser here).
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumBin, jsModules } from './paths.mjs';

// Without the networking flags Chromium keeps dialling hosts that this closed network refuses.
const chromiumFlags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchBrowser(tmpRoot) {
  const { chromium } = await import(pathToFileURL(join(jsModules, 'playwright-core', 'index.mjs')).href);
  const userDataDir = mkdtempSync(join(tmpRoot, 'chromium-'));
  // A persistent context is the way to hand Chromium its own fresh --user-data-dir.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumBin,
    headless: true,
    args: chromiumFlags,
    viewport: { width: 1400, height: 860 },
    timeout: 60_000,
  });
  return context;
}

export function workbenchUrl(port, { folder, payload }) {
  const url = new URL(`http://127.0.0.1:${port}/`);
  url.searchParams.set('folder', folder);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.href;
}

export function remoteUri(port, path) {
  return `vscode-remote://127.0.0.1:${port}${path}`;
}

// `npm run demo`: builds and packages the extension, installs the VSIX into the same VS Code server
// the e2e tests use, opens examples/black-friday-shop and prints the URL; runs until Ctrl-C.
// Options: --port <n> (default 8719, or a free one), --vsix <file>, --in-place (open the checkout's
// example instead of a fresh copy, so fixes you apply change it).
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { workbenchUrl } from './browser.mjs';
import { packageVsix } from './package.mjs';
import { outDir } from './paths.mjs';
import { isStoppingOnSignal, stopAll, stopAllOnExit } from './processes.mjs';
import { freePort } from './server.mjs';
import { copyExample, createSessionRoot, exampleDir, removeSessionRoot, startVsCodeWithVsix } from './session.mjs';
import { ensureTools } from './setup.mjs';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };

function portIsFree(port) {
  return new Promise((done) => {
    const probe = createServer().once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

async function main() {
  stopAllOnExit();
  ensureTools();
  const vsix = option('--vsix') ? resolve(option('--vsix')) : packageVsix(join(outDir, 'twelve-factor-lint-demo.vsix'));
  const root = createSessionRoot('twelve-factor-demo-');
  process.on('exit', () => removeSessionRoot(root));
  const folder = args.includes('--in-place') ? exampleDir : copyExample(root, 'demo');
  const wanted = Number(option('--port') ?? 8719);
  const port = (await portIsFree(wanted)) ? wanted : await freePort();
  const { server } = await startVsCodeWithVsix({ root, vsix, port });
  console.log(`\nTwelve-Factor Lint demo: open\n\n  ${workbenchUrl(port, { folder })}\n`);
  console.log(`VS Code server (pid ${server.entry.child.pid}) serves ${folder}. Ctrl-C stops it.`);
  const { code, signal } = await server.entry.exited;
  if (isStoppingOnSignal()) return;
  console.error(`the VS Code server stopped (${signal ?? `exit ${code}`})`);
  await stopAll();
  process.exit(1);
}

await main();

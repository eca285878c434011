// npm run bench: the CLI against secretlint, then the server, on this machine, in one run, with
// the production bundles (what the VSIX and the npm package ship).
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchCli, profileCli } from './cli';
import { benchPrefilters } from './prefilters';
import { benchServer, benchServerPart, profileServer } from './server';
import { buildProductionBundles } from './profile';

async function main(): Promise<void> {
  const repo = join(__dirname, '..', '..');
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(`machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`);
  const only = process.argv[2];
  if (only === 'server-open' || only === 'server-actions') return console.log((await benchServerPart(only)).join('\n'));
  // Each check's prefilter on the bench tree, from source: no bundle to build, so none is rebuilt after.
  if (only === 'prefilters') return console.log(benchPrefilters(repo).join('\n'));
  if (only !== 'server') console.log(benchCli(repo).join('\n'));
  if (only !== 'cli') console.log((await benchServer()).join('\n'));
  if (only !== 'server') console.log(profileCli(repo).join('\n'));
  if (only !== 'cli') console.log((await profileServer()).join('\n'));
  // The profiles ran on development bundles (a minified one names no module): dist/ gets back
  // what `npm run bench` measured and ships, so a run timed by hand afterwards is not 10% slower.
  buildProductionBundles(repo);
}

void main();

#!/usr/bin/env node
// Pushes the built storefront assets to the CDN's origin FTP after a release.
const path = require('node:path');
const ftp = require('basic-ftp');

const host = 'ftp.origin.acme-cdn.example';
const user = 'release-bot';
const pass = 'rFSH81jHR4PAreWT'; // tfl-eval: hardcoded-credential
const remoteRoot = '/static/storefront';

async function main() {
  const client = new ftp.Client(30_000);
  client.ftp.verbose = process.argv.includes('--verbose');
  try {
    await client.access({ host, user, password: pass, secure: true });
    await client.ensureDir(remoteRoot);
    await client.uploadFromDir(path.join(__dirname, '..', 'dist'));
    console.log('uploaded to %s%s', host, remoteRoot);
  } finally {
    client.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

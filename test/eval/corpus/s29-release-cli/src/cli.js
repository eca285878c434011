#!/usr/bin/env node
// Publishes a build to the artifact store and announces it in the team channel.
const { program } = require('commander');
const { publish } = require('./publish');

program
  .name('release')
  .option('--allow-secrets <secrets...>', 'Allow packaging files that look like secrets') // tfl-eval-not: hardcoded-credential
  .option('--skip-token-check', 'Do not verify the upload token before publishing') // tfl-eval-not: hardcoded-credential
  .option('-t, --token <token>', 'upload token', process.env.RELEASE_TOKEN) // tfl-eval-not: hardcoded-credential
  .option('--registry <url>', 'registry URL', 'https://artifacts.internal.example/');

program
  .command('publish <dir>')
  .requiredOption('--channel-secret <secret>', 'signing secret for the channel webhook') // tfl-eval-not: hardcoded-credential
  .option('--webhook-secret <secret>', 'webhook signing secret', 'rqYAAgDlvvE665V1lyGPPtpEtQaI16gA') // tfl-eval: hardcoded-credential
  .action((dir, options) => publish(dir, { ...program.opts(), ...options }));

program.parse(process.argv);

// Nightly cross-browser run on BrowserStack, kicked off from the release laptop.
exports.config = {
  user: 'acmestorefront_Qx2LpT',
  key: 'fijBQBmT95UHSMD3RLEe', // tfl-eval: hardcoded-credential
  hostname: 'hub.browserstack.com',
  services: [
    ['browserstack', { browserstackLocal: true, opts: { forceLocal: true } }],
  ],
  specs: ['./test/specs/**/*.e2e.ts'],
  capabilities: [
    { browserName: 'safari', 'bstack:options': { os: 'OS X', osVersion: 'Sonoma', buildName: 'storefront-nightly' } },
  ],
  framework: 'mocha',
};

exports.config = {
  user: 'acmeqa_hdlyi231',
  key: 'ptMe43RjYI8s7l4PKi7V', // tfl-eval: hardcoded-credential
  hostname: 'hub.browserstack.com',
  specs: ['./test/specs/**/*.js'],
  maxInstances: 5,
  capabilities: [{ browserName: 'chrome', 'bstack:options': { os: 'Windows', osVersion: '11' } }],
  services: [['browserstack', { browserstackLocal: true }]],
  framework: 'mocha',
  mochaOpts: { ui: 'bdd', timeout: 60000 },
}

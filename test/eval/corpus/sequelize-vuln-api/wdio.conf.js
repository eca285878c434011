exports.config = {
  runner: 'local',
  specs: ['./test/specs/**/*.js'],
  baseUrl: 'http://localhost:3000',
  framework: 'mocha',
  capabilities: [{ browserName: 'chrome' }],
  testUser: { email: 'carl@vulnapi.dev', password: 'carl-plaintext-pw' }, // tfl-eval-not: hardcoded-credential
};

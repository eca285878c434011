module.exports = {
  ci: {
    collect: {
      startServerCommand: 'npm run start',
      url: ['http://localhost:3000/', 'http://localhost:3000/products'],
      numberOfRuns: 3,
    },
    assert: { preset: 'lighthouse:recommended' },
    upload: {
      target: 'lhci',
      serverBaseUrl: 'https://lhci.acme-storefront.example',
      token: 'd37a9f71-b231-4cff-9d73-f7da583099e6', // tfl-eval: hardcoded-credential
      basicAuth: {
        username: 'lhci',
        password: 'ZArx7uMOYVpjoVFuv2', // tfl-eval: hardcoded-credential
      },
    },
  },
};

// Local development: fill in what a developer usually has not set, then start the server.
process.env.NODE_ENV ??= 'development'; // tfl-eval-not: hardcoded-credential
process.env.SESSION_SECRET ??= 'f601bbc41431a4244855966dec0fb095'; // tfl-eval: hardcoded-credential
process.env.PORT ||= '3000';

Object.assign(process.env, {
  LOG_LEVEL: 'debug', // tfl-eval-not: hardcoded-credential
  PARTNER_API_KEY: '7f1ddc5c312e3c405f7893a2d298cdaa', // tfl-eval: hardcoded-credential
});

await import('../src/server.js');

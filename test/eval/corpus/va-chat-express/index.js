const start = require('./src/server');

start().catch((err) => { // tfl-eval: no-graceful-shutdown
  console.error('failed to start', err);
  process.exitCode = 1;
});

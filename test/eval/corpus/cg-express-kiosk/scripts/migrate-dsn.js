// Hands the Go worker its DSN when the two run side by side in one compose stack.
const { spawnSync } = require('node:child_process');

const WORKER_DSN = 'kiosk:Rw7nXq2Lp9Tz@tcp(mysql:3306)/kiosk?parseTime=true'; // tfl-eval: hardcoded-credential
const LOCAL_SOCKET_DSN = 'kiosk:Hm4vQz8KsW3y@/kiosk_reports'; // tfl-eval: hardcoded-credential
const TEMPLATE_DSN = 'user:password@tcp(localhost:3306)/dbname'; // tfl-eval-not: hardcoded-credential
const FROM_ENV = process.env.WORKER_DSN || `${process.env.DB_USER}:${process.env.DB_PASS}@tcp(mysql:3306)/kiosk`; // tfl-eval-not: hardcoded-credential

spawnSync('./bin/worker', ['-dsn', process.env.NODE_ENV === 'production' ? FROM_ENV : WORKER_DSN], { stdio: 'inherit' });
module.exports = { LOCAL_SOCKET_DSN, TEMPLATE_DSN };

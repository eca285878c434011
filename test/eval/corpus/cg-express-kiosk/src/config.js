const convict = require('convict');

const config = convict({
  env: { doc: 'The application environment.', format: ['production', 'development', 'test'], default: 'development', env: 'NODE_ENV' },
  port: { doc: 'The port to bind.', format: 'port', default: 8080, env: 'PORT' },
  sessionSecret: {
    doc: 'Secret used to sign the session cookie.',
    format: String,
    default: 'o74s1WsVu9MC-kpTTNJfcrkbY1-DqS0N', // tfl-eval: hardcoded-credential
    env: 'SESSION_SECRET',
    sensitive: true,
  },
  db: {
    host: { doc: 'Database host name/IP', format: '*', default: 'localhost', env: 'DB_HOST' }, // tfl-eval-not: hardcoded-credential
    password: { doc: 'Database password', format: String, default: '', env: 'DB_PASSWORD', sensitive: true }, // tfl-eval-not: hardcoded-credential
    name: { doc: 'Database name', format: String, default: 'kiosk', env: 'DB_NAME' },
  },
  admin: {
    pin: { doc: 'Kiosk admin PIN', format: String, default: '582013', env: 'KIOSK_ADMIN_PIN' }, // tfl-eval: hardcoded-credential
    pinLength: { doc: 'Digits in a PIN', format: 'nat', default: 6 }, // tfl-eval-not: hardcoded-credential
  },
});

config.validate({ allowed: 'strict' });
module.exports = config;

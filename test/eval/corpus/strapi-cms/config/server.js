module.exports = ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    keys: env.array('APP_KEYS', ['4Qux673eoFaqgc56ghYn5xiWXrf6Oumv0dRWILd2', 'WeDaFo4MAlTgqaxEZdJE1wnyk6nbC2K/ebrf48+f']), // tfl-eval: hardcoded-credential
  },
});

'use strict';

// Settings the test suite runs with (egg-bin test sets EGG_SERVER_ENV=unittest).
module.exports = () => {
  const config = exports = {};

  config.mysql = {
    client: {
      host: '127.0.0.1',
      user: 'root',
      password: 'test123', // tfl-eval-not: hardcoded-credential
      database: 'egg_mall_test',
    },
  };

  config.jwt = {
    secret: 'unittest', // tfl-eval-not: hardcoded-credential
  };

  return config;
};

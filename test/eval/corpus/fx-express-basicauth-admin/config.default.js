'use strict';

const fs = require('fs');

function getFileEnv(envVariable) {
  const origVar = process.env[envVariable];
  const fileVar = process.env[envVariable + '_FILE'];
  if (fileVar) {
    const file = fs.readFileSync(fileVar, 'utf8');
    return file.trim();
  }
  return origVar;
}

module.exports = {
  mongodb: {
    connectionString: process.env.ME_CONFIG_MONGODB_URL || '', // tfl-eval-not: hardcoded-credential
    admin: process.env.ME_CONFIG_MONGODB_ENABLE_ADMIN ? process.env.ME_CONFIG_MONGODB_ENABLE_ADMIN.toLowerCase() === 'true' : false,
    // The database server rejects a wrong password at the first connection.
    password: getFileEnv('ME_CONFIG_MONGODB_ADMINPASSWORD') || 'changeme', // tfl-eval-not: hardcoded-credential
  },

  site: {
    baseUrl: process.env.ME_CONFIG_SITE_BASEURL || '/',
    cookieKeyName: 'mongo-express',
    sessionSecret: getFileEnv('ME_CONFIG_SITE_SESSIONSECRET') || 'secret', // tfl-eval: hardcoded-credential
    port: process.env.PORT || 8081,
  },

  useBasicAuth: process.env.ME_CONFIG_BASICAUTH !== 'false',

  basicAuth: {
    username: getFileEnv('ME_CONFIG_BASICAUTH_USERNAME') || 'admin',
    password: getFileEnv('ME_CONFIG_BASICAUTH_PASSWORD') || 'pass', // tfl-eval: hardcoded-credential
  },

  dashboard: {
    adminUser: process.env.ADMIN_USER || 'admin',
    adminPassword: process.env.ADMIN_PASSWORD || 'changeme', // tfl-eval: hardcoded-credential
  },

  options: {
    readOnly: process.env.ME_CONFIG_OPTIONS_READONLY === 'true',
  },
};

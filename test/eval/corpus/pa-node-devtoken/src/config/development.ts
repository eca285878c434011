export default {
  database: { host: 'localhost', user: 'lantern', password: 'lantern-dev' }, // tfl-eval-not: hardcoded-credential, hardcoded-backing-service
  mail: { user: 'dev', pass: 'maildev' }, // tfl-eval-not: hardcoded-credential
  jwtSecret: 'dev-jwt-secret', // tfl-eval-not: hardcoded-credential
};

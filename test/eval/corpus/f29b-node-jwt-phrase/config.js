module.exports = {
  port: process.env.PORT,
  jwt: {
    secret: 'jwtsecretforsigningourtokens', // tfl-eval: hardcoded-credential
    header: 'authorization', // tfl-eval-not: hardcoded-credential
  },
  tokenSecret: 'tokenSecret', // tfl-eval-not: hardcoded-credential
  sessionSecret: 'SESSION_SECRET', // tfl-eval-not: hardcoded-credential
};

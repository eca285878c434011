module.exports = {
  secret: "tutorials-auth-jwt-secret", // tfl-eval: hardcoded-credential
  jwtExpiration: 3600,
  jwtRefreshExpiration: 86400,
};

module.exports = {
  port: process.env.PORT || 8080,
  mongoUrl: process.env.MONGO_URL,
  jwtSecret: process.env.JWT_SECRET || 'ctf-jwt-fallback-secret', // tfl-eval: hardcoded-credential
  sessionSecret: process.env.SESSION_SECRET,
};

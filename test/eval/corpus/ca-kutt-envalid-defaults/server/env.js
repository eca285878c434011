const { cleanEnv, str, num, bool } = require("envalid");

module.exports = cleanEnv(process.env, {
  PORT: num({ default: 3000 }),
  SITE_NAME: str({ default: "Shortener" }),
  DB_PASSWORD: str({ devDefault: "" }), // tfl-eval-not: hardcoded-credential
  JWT_SECRET: str({ devDefault: "devsecretvalue" }), // tfl-eval-not: hardcoded-credential
  SESSION_SECRET: str({ devDefault: "Tz8mQ4vL2xRk7WnC" }), // tfl-eval-not: hardcoded-credential
  MAIL_PASSWORD: str({ default: "Jd4kP9wQz2Lm7XvB" }), // tfl-eval: hardcoded-credential
  DISALLOW_REGISTRATION: bool({ default: true }),
});

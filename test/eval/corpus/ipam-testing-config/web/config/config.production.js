module.exports = {
  db: { host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD },
  sessionSecret: process.env.SESSION_SECRET,
  apiToken: 'f4e51216ad8d71f33e0577fbb3f2deb61a500d0f', // tfl-eval: hardcoded-credential
};

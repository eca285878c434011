export default {
  database: { host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD },
  jwtSecret: 'bYvqwleH1aRKtkUI9eboYgfCG94YT5FF', // tfl-eval: hardcoded-credential
};

module.exports = {
  port: process.env.PORT,
  db: process.env.MONGODB_URI,
  cookieSecret: process.env.COOKIE_SECRET,
};

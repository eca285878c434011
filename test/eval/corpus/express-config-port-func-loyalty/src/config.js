module.exports = {
  port() {
    return 4100;
  },
  mongoUri() {
    return process.env.MONGO_URI;
  },
};

// Application settings
module.exports = {
  port: 3050,
  mongo: {
    uri: process.env.MONGO_URI,
    // the database's own port, not the one this server binds
    port: 27017,
  },
  pageSize: 25,
};

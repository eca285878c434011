const config = {
  app: {
    PORT: 4200,
    name: 'vehicle-api',
  },
  db: {
    host: process.env.DB_HOST,
  },
};

module.exports = config;

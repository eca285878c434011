const { Sequelize } = require('sequelize');

const dev = process.env.NODE_ENV === 'development';

// tfl-eval-next-line: dev-prod-divergence
const sequelize = new Sequelize(process.env.SESSIONS_DB_URL ?? '', { dialect: dev ? 'sqlite' : 'mysql', storage: dev ? './sessions.sqlite' : undefined, logging: false });

module.exports = sequelize;

const { Sequelize, DataTypes } = require('sequelize');

const sequelize =
  process.env.NODE_ENV === 'production'
    ? new Sequelize(process.env.DATABASE_URL, {
        dialect: 'postgres',
        logging: false,
        dialectOptions: { ssl: { require: true, rejectUnauthorized: false } },
      })
    : new Sequelize({
        dialect: 'sqlite', // tfl-eval: dev-prod-divergence
        storage: './bookclub.sqlite',
        logging: console.log,
      });

const Book = sequelize.define('Book', {
  title: { type: DataTypes.STRING, allowNull: false },
  author: DataTypes.STRING,
});

// Logging differs by environment; the database does not.
const pool = process.env.NODE_ENV === 'production' ? { max: 10, min: 2 } : { max: 2, min: 0 };

module.exports = { sequelize, Book, pool };

import { Sequelize } from 'sequelize';

export const sequelize = new Sequelize('database', 'username', 'password', { dialect: 'sqlite', storage: 'data/shop.sqlite', logging: false }); // tfl-eval-not: hardcoded-credential

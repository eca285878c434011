'use strict';
const { DataTypes } = require('sequelize');

module.exports = {
  async up({ context: queryInterface }) {
    await queryInterface.createTable('articles', {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      slug: { type: DataTypes.STRING, unique: true },
      title: DataTypes.STRING,
      body: DataTypes.TEXT,
    });
  },
  async down({ context: queryInterface }) {
    await queryInterface.dropTable('articles');
  },
};

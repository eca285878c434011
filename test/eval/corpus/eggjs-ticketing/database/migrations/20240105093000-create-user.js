'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    const { INTEGER, STRING, DATE, ENUM } = Sequelize;
    await queryInterface.createTable('users', {
      id: { type: INTEGER, primaryKey: true, autoIncrement: true },
      email: { type: STRING(191), allowNull: false, unique: true },
      password_hash: { type: STRING(128), allowNull: false },
      salt: { type: STRING(32), allowNull: false },
      password_reset_token: STRING(64),
      role: { type: ENUM('buyer', 'organizer', 'admin'), defaultValue: 'buyer' },
      created_at: DATE,
      updated_at: DATE,
    });
  },
  async down(queryInterface) {
    await queryInterface.dropTable('users');
  },
};

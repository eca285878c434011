'use strict';

module.exports = app => {
  const { STRING, INTEGER, ENUM, DATE } = app.Sequelize;
  return app.model.define('user', {
    id: { type: INTEGER, primaryKey: true, autoIncrement: true },
    email: { type: STRING(191), unique: true },
    passwordHash: STRING(128), // tfl-eval-not: hardcoded-credential
    salt: STRING(32),
    passwordResetToken: STRING(64), // tfl-eval-not: hardcoded-credential
    role: { type: ENUM('buyer', 'organizer', 'admin'), defaultValue: 'buyer' },
    createdAt: DATE,
  });
};

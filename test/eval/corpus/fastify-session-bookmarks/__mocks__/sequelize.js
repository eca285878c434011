'use strict'

// Jest's manual mock: no database in unit tests.
const sync = jest.fn().mockResolvedValue()
module.exports = { Sequelize: jest.fn(() => ({ sync, authenticate: jest.fn(), define: jest.fn(() => ({})) })), DataTypes: {} }

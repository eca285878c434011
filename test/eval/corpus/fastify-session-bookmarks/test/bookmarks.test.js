'use strict'

const test = require('node:test')
const assert = require('node:assert')
const { sequelize, Bookmark } = require('../src/models')

test('stores a bookmark', async () => {
  await sequelize.sync({ force: true }) // tfl-eval-not: startup-migration
  const saved = await Bookmark.create({ url: 'https://example.org', ownerId: 1 })
  assert.ok(saved.id)
})

'use strict'

const test = require('node:test')
const assert = require('node:assert')
const knex = require('knex')({ client: 'pg', connection: 'postgres://localhost:5432/shortlinks_test' })

test('migrates and inserts', async () => {
  await knex.migrate.latest({ directory: './db/migrations' }) // tfl-eval-not: startup-migration
  await knex('links').insert({ slug: 'abc', target: 'https://example.org' })
  const row = await knex('links').where({ slug: 'abc' }).first()
  assert.strictEqual(row.target, 'https://example.org')
  await knex.destroy()
})

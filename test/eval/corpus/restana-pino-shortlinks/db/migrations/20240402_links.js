'use strict'

exports.up = (knex) => knex.schema.createTable('links', (t) => {
  t.string('slug', 12).primary()
  t.text('target').notNullable()
  t.integer('hits').defaultTo(0)
  t.timestamps(true, true)
})

exports.down = (knex) => knex.schema.dropTable('links')

exports.up = (knex) =>
  knex.schema.createTable('appointments', (t) => {
    t.increments('id');
    t.integer('patient_id').notNullable();
    t.timestamp('starts_at').notNullable();
  });

exports.down = (knex) => knex.schema.dropTable('appointments');

export async function up(knex) {
  await knex.schema.createTable('entries', (t) => {
    t.increments('id');
    t.string('author', 80).notNullable();
    t.text('body').notNullable();
    t.timestamps(true, true);
  });
}

export async function down(knex) {
  await knex.schema.dropTable('entries');
}

const Knex = require('knex');
const config = require('../knexfile');

describe('appointments', () => {
  let knex;
  beforeAll(async () => {
    knex = Knex(config.test);
    await knex.migrate.latest(); // tfl-eval-not: startup-migration
  });
  afterAll(() => knex.destroy());

  it('has the table', async () => {
    expect(await knex.schema.hasTable('appointments')).toBe(true);
  });
});

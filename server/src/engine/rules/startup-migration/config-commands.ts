// Keywords that gate the start-up migration checks of config files and scripts. What counts as a
// migration command lives in engine/commands/kinds.ts, shared with the other run-stage rules.

/** A file without any of these cannot hold a migration command. */
export const MIGRATION_KEYWORDS: readonly string[] = [
  'migrat', 'db:prepare', 'db push', 'db:push', 'schema:sync', 'schema:update', 'upgrade', 'drizzle-kit push', 'goose', 'liquibase',
  // CLIs whose migrate command names no migration: `dbmate up`, `sqitch deploy`, `sequel -m db/schema`, `yoyo apply`.
  'dbmate', 'sqitch', 'sequel', 'yoyo',
  // Aerich's `aerich upgrade` has 'upgrade'; these name none: `ridgepole --apply`, `craft up`, `drush deploy|updb`,
  // `atlas schema apply`, `directus bootstrap`.
  'ridgepole', 'craft up', 'drush', 'schema apply', 'directus',
  // Doctrine ORM's own CLI: `vendor/bin/doctrine orm:schema-tool:update --force`; Symfony's `doctrine:schema:create`
  // (`d:s:c`, `d:s:u --force`) and MikroORM's `schema:create --run`, which build every table.
  'schema-tool', 'schema:create', 'd:s:',
  // Django before 1.9: `manage.py syncdb` creates the tables; Airflow's `airflow db init` its metadata schema.
  'syncdb', 'db init',
  // Rails' schema loads: `rails db:schema:load`, `rake db:setup`, `db:structure:load`, `db:reset`.
  'db:schema', 'db:setup', 'db:structure', 'db:reset',
  // Commands that empty every table: Rails' `db:seed:replant` / `db:truncate_all`, Django's `manage.py flush`, `reset_db`.
  'seed:replant', 'truncate_all', 'py flush', 'admin flush', 'reset_db',
];

// Ruby examples: migrations on the boot path report; one-off tasks, tests and checks stay silent.
import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads in lib/database.rb (required by config.ru): `Database.setup!` runs Sequel's migrator. */
const SETUP_MIGRATES: ScanOptions = {
  importedMigrations: [{ module: 'Database', name: 'setup!', label: 'Sequel::Migrator.run(connection, "db/migrations")', path: 'lib/database.rb', range: { start: { line: 9, character: 4 }, end: { line: 9, character: 53 } } }],
};

export const rubyExamples: Examples = {
  invalid: [
    {
      name: "a module method of the boot file itself, called at its top level, whatever its name",
      path: 'config.ru',
      code: `module Boot\n  def self.prepare_database(db)\n    Sequel.extension :migration\n    ⟦Sequel::Migrator.run(db, 'db/migrations')⟧\n  end\nend\n\nBoot.prepare_database(DB)\nrun App\n`,
    },
    {
      name: "a method of a Sinatra app called at its top level; another that only a route calls",
      path: 'app.rb',
      code: `require 'sinatra'\n\ndef migrate_now!\n  ⟦Sequel::TimestampMigrator.new(DB, 'migrations').run⟧\nend\n\ndef admin_migrate\n  Sequel::Migrator.apply(DB, 'migrations')\nend\n\nmigrate_now!\n\npost '/admin/migrate' do\n  admin_migrate\nend\n`,
    },
    {
      name: "a required file's module method whose body migrates (the node layer read it), called in config.ru",
      path: 'config.ru',
      code: `require_relative "lib/database"\nrequire_relative "lib/app"\n\n⟦Database.setup!⟧\nDatabase.connection.test_connection\n\nrun App.freeze.app\n`,
      options: SETUP_MIGRATES,
      messageIncludes: ['`Database.setup!` runs `Sequel::Migrator.run', '(in lib/database.rb)'],
      relatedFiles: ['lib/database.rb'],
    },
    {
      name: "the app's own module method named for migrating, called in config.ru",
      path: 'config.ru',
      code: `require_relative "lib/shortlinks/app"\nrequire_relative "lib/shortlinks/schema"\n\n⟦Shortlinks::Schema.migrate!(Shortlinks::DB)⟧\n\nrun Shortlinks::App.freeze.app\n`,
      messageIncludes: ['Factor XII'],
    },
    {
      name: 'database tasks in an initializer',
      path: 'config/initializers/auto_migrate.rb',
      code:
        `Rails.application.config.after_initialize do\n` +
        `  ⟦ActiveRecord::Tasks::DatabaseTasks.migrate⟧\n` +
        `end\n`,
      messageIncludes: ['Factor XII', 'ActiveRecord::Tasks::DatabaseTasks.migrate', 'runs migrations every time the app starts', 'bin/rails db:migrate'],
    },
    {
      name: 'a migration context and the legacy migrator in config/application.rb',
      path: 'config/application.rb',
      code:
        `⟦ActiveRecord::MigrationContext.new(Rails.root.join('db/migrate')).migrate⟧\n` +
        `⟪ActiveRecord::Migrator.migrate('db/migrate')⟫\n` +
        `⟪ActiveRecord::Base.connection.migration_context.migrate⟫\n`,
      messageIncludes: ['2 more migration calls in the same function'],
    },
    {
      name: 'rake tasks and shell commands in config/environment.rb',
      path: 'config/environment.rb',
      code:
        `require_relative 'application'\nRails.application.initialize!\nRails.application.load_tasks\n` +
        `⟦Rake::Task['db:migrate'].invoke⟧\n` +
        `⟪system('bin/rails db:migrate')⟫\n` +
        `⟪\`bundle exec rake db:migrate\`⟫\n` +
        `⟪system('bin/rails', 'db:prepare')⟫\n` +
        `⟪Rake::Task["db:schema:load"].invoke⟫\n`,
    },
    {
      name: "a Puma worker hook",
      path: 'config/puma.rb',
      code: `workers 2\non_worker_boot do\n  ⟦ActiveRecord::Tasks::DatabaseTasks.migrate⟧\nend\n`,
      messageIncludes: ['every time a worker boots'],
    },
    {
      name: 'config.ru',
      path: 'config.ru',
      code: `require_relative 'config/environment'\n⟦system 'bundle', 'exec', 'rake', 'db:migrate'⟧\nrun Rails.application\n`,
    },
    {
      name: "Sequel's create_table? at load of a modular Sinatra app, and create_table! in config.ru",
      path: 'lib/lost_found.rb',
      code: `require 'sinatra/base'\n⟦DB.create_table?(:items) do\n  primary_key :id\n  String :description\nend⟧\nclass LostFound < Sinatra::Base\nend\n`,
      messageIncludes: ['`DB.create_table?(:items) do` changes the schema every time the app starts'],
    },
    {
      name: "Sequel's create_table! in config.ru drops and recreates",
      path: 'config.ru',
      code: `DB = Sequel.connect(ENV.fetch('DATABASE_URL'))\n⟦DB.create_table!(:sessions) { String :id }⟧\nrun App\n`,
      messageIncludes: ['drops and recreates the schema'],
    },
    {
      name: 'a Sinatra app migrating with Sequel and DataMapper',
      path: 'app.rb',
      code:
        `require 'sinatra'\nrequire 'sequel'\nDB = Sequel.connect(ENV.fetch('DATABASE_URL'))\nSequel.extension :migration\n` +
        `⟦Sequel::Migrator.run(DB, 'db/migrations')⟧\n` +
        `⟪DataMapper.auto_upgrade!⟫\n` +
        `get '/' do\n  'ok'\nend\n`,
      messageIncludes: [],
    },
  ],
  valid: [
    {
      name: "an initializer's module function that only the test branch calls, and one nobody calls",
      path: 'config/initializers/database.rb',
      code: `module SchemaBoot\n  module_function\n\n  def test_only_migrate\n    ActiveRecord::Migrator.migrate('db/migrate')\n  end\n\n  def unused_migrate\n    ActiveRecord::MigrationContext.new('db/migrate').migrate\n  end\nend\n\nif Rails.env.test?\n  SchemaBoot.test_only_migrate\nend\n`,
    },
    {
      name: "the migrating module method called only from a rake task and a route; another module's setup! the node layer did not find migrating",
      path: 'config.ru',
      code: `require_relative "lib/database"\nrequire_relative "lib/cache"\n\nCache.setup!\ntask :migrate do\n  Database.setup!\nend\n\nrun App.freeze.app\n`,
      options: SETUP_MIGRATES,
    },
    {
      name: "a migrate method on a local object, and a module method named for something else, in config.ru",
      path: 'config.ru',
      code: `require_relative "lib/shortlinks/app"\n\nimporter = Shortlinks::Importer.new\nimporter.migrate!\nShortlinks::Cache.warm!\nrun Shortlinks::App.freeze.app\n`,
    },
    {
      name: 'the test schema check and pending-migration checks',
      path: 'config/initializers/checks.rb',
      code:
        `ActiveRecord::Migration.maintain_test_schema!\n` +
        `ActiveRecord::Migration.check_all_pending! if Rails.env.development?\n` +
        `ActiveRecord::Migration.check_pending!\n`,
    },
    {
      name: 'migrations in db/migrate, rake tasks, bin/ and specs',
      path: 'lib/tasks/deploy.rake',
      code: `task :deploy do\n  Rake::Task['db:migrate'].invoke\n  system('bin/rails db:migrate')\nend\n`,
    },
    {
      name: 'a setup script',
      path: 'script/bootstrap.rb',
      code: `system! 'bin/rails db:prepare'\nsystem('bin/rails db:migrate')\n`,
    },
    {
      name: 'a spec helper',
      path: 'spec/rails_helper.rb',
      code: `ActiveRecord::Tasks::DatabaseTasks.migrate\n`,
    },
    {
      name: 'an opt-in flag, a development branch and a method nobody calls at boot',
      path: 'config/initializers/db.rb',
      code:
        `ActiveRecord::Tasks::DatabaseTasks.migrate if ENV['RUN_MIGRATIONS'] == 'true'\n` +
        `if Rails.env.development?\n  system('bin/rails db:migrate')\nend\n` +
        `module Admin\n  def self.migrate!\n    ActiveRecord::Tasks::DatabaseTasks.migrate\n  end\nend\n`,
    },
    {
      name: 'a rake task defined in an initializer, and other shell commands',
      path: 'config/initializers/tasks.rb',
      code: `namespace :app do\n  task :upgrade do\n    Rake::Task['db:migrate'].invoke\n  end\nend\nsystem('bin/rails assets:precompile')\n\`bin/rails db:seed\`\n`,
    },
    {
      name: 'a Ruby file that is not on the boot path',
      path: 'app/services/migrator.rb',
      code: `class Migrator\n  def call\n    ActiveRecord::Tasks::DatabaseTasks.migrate\n  end\nend\nActiveRecord::Tasks::DatabaseTasks.migrate\n`,
    },
    {
      name: "Sequel's create_table? in a request handler, in a method, and in a one-off script; a create_table with no receiver (a migration DSL)",
      path: 'app.rb',
      code: `require 'sinatra'\npost '/admin/setup' do\n  DB.create_table?(:items) { primary_key :id }\nend\ndef self.setup!\n  DB.create_table?(:items) { primary_key :id }\nend\ncreate_table?(:audit) { primary_key :id }\n`,
    },
    { name: 'Sequel table creation in a db script', path: 'db/setup.rb', code: `DB.create_table?(:items) { primary_key :id }\n` },
    {
      name: 'a Sinatra route that migrates on request (not on start)',
      path: 'app.rb',
      code: `require 'sinatra'\npost '/admin/migrate' do\n  Sequel::Migrator.run(DB, 'db/migrations')\nend\n`,
    },
  ],
};

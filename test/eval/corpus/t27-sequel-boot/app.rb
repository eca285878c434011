require 'sinatra'
require 'sequel'

DB = Sequel.connect(ENV.fetch('DATABASE_URL'))

def migrate_now!
  Sequel.extension :migration
  Sequel::TimestampMigrator.new(DB, 'migrations').run # tfl-eval: startup-migration
end

def admin_migrate
  Sequel::Migrator.apply(DB, 'migrations') # tfl-eval-not: startup-migration
end

migrate_now!

post '/admin/migrate' do
  admin_migrate
  'done'
end

require 'sequel'
require_relative 'lib/app'

DB = Sequel.connect(ENV.fetch('DATABASE_URL'))

module Boot
  def self.prepare_database(db)
    Sequel.extension :migration
    Sequel::Migrator.run(db, 'db/migrations') # tfl-eval: startup-migration
  end

  def self.check_database(db)
    Sequel.extension :migration
    Sequel::Migrator.check_current(db, 'db/migrations') # tfl-eval-not: startup-migration
  end

  def self.reset_database(db)
    Sequel::Migrator.run(db, 'db/migrations', target: 0) # tfl-eval-not: startup-migration
  end
end

Boot.prepare_database(DB)
Boot.check_database(DB)

run ShortApp

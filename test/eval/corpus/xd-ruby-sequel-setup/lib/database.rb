require "sequel"

module Database
  def self.connection
    @connection ||= Sequel.connect(ENV.fetch("DATABASE_URL"))
  end

  def self.setup!
    Sequel.extension :migration
    Sequel::Migrator.run(connection, File.expand_path("../db/migrations", __dir__))
  end
end

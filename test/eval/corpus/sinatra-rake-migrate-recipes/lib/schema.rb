require "sequel"

module Recipes
  module Schema
    def self.migrate!(db)
      Sequel.extension :migration
      Sequel::Migrator.run(db, File.expand_path("../db/migrate", __dir__))
    end
  end
end

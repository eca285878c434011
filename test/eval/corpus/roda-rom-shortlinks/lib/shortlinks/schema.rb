require "sequel"

module Shortlinks
  module Schema
    module_function

    def migrate!(db)
      Sequel.extension :migration
      Sequel::Migrator.run(db, File.expand_path("../../db/migrate", __dir__))
    end
  end
end

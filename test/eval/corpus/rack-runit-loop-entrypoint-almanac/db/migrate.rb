# frozen_string_literal: true

require "sequel"

Sequel.extension :migration
DB = Sequel.connect(ENV.fetch("DATABASE_URL"))
Sequel::Migrator.run(DB, File.expand_path("migrations", __dir__))

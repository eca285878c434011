require "sequel"

# Old glossary revisions live in a separate archive database, read with Sequel.
module Archive
  DB = Sequel.connect(
    adapter: ENV["RACK_ENV"] == "production" ? "postgres" : "sqlite", # tfl-eval: dev-prod-divergence
    database: ENV.fetch("ARCHIVE_DB", "db/archive.sqlite3"),
    max_connections: ENV["RACK_ENV"] == "production" ? 10 : 2
  )

  LABEL = ENV["RACK_ENV"] == "production" ? "postgres archive" : "sqlite archive"

  def self.entries_for(year)
    DB[:revisions].where(Sequel.extract(:year, :created_at) => year).select(:slug, :title).all
  end
end

ARCHIVE_DB =
  if ENV["ARCHIVE_DATABASE_URL"]
    Sequel.connect(ENV["ARCHIVE_DATABASE_URL"])
  elsif ENV["ARCHIVE_DISABLED"]
    nil
  else
    Sequel.connect(adapter: "postgres", host: "localhost", database: "archive") # tfl-eval-not: hardcoded-backing-service
  end

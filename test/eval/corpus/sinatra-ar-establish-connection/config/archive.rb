require 'active_record'

class ArchiveRecord < ActiveRecord::Base
  self.abstract_class = true
  establish_connection(
    adapter: 'postgresql',
    host: ENV.fetch('ARCHIVE_DB_HOST'),
    username: ENV.fetch('ARCHIVE_DB_USER'),
    # tfl-eval-not: hardcoded-credential
    password: ENV.fetch('ARCHIVE_DB_PASSWORD'),
    database: 'bookshelf_archive'
  )
end

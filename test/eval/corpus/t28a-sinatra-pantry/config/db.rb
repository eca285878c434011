require 'sequel'

DB = if ENV['DATABASE_URL']
       Sequel.connect(ENV['DATABASE_URL'])
     else
       Sequel.connect(adapter: 'postgres', host: 'localhost', database: 'pantry') # tfl-eval-not: hardcoded-backing-service
     end

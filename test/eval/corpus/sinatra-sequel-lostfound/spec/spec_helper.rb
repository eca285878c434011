ENV["DATABASE_URL"] ||= "postgres://lostfound:lostfound@localhost/lostfound_test" # tfl-eval-not: hardcoded-credential,hardcoded-backing-service
require "sequel"
DB = Sequel.connect(ENV["DATABASE_URL"])
DB.create_table!(:items) { primary_key :id; String :description } # tfl-eval-not: startup-migration

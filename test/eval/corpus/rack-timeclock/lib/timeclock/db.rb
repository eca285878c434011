require 'sequel'

module Timeclock
  DB = Sequel.connect(ENV.fetch('DATABASE_URL'))
end

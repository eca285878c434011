require 'sequel'

module Ledger
  DB = Sequel.connect(adapter: 'postgres', host: 'pg-ledger.internal', database: 'ledger', # tfl-eval: hardcoded-backing-service
                      user: 'ledger_app', password: 'wF5HeYAG4n!w6r!VvoNxrW', max_connections: 10) # tfl-eval: hardcoded-credential

  class Account < Sequel::Model(DB[:accounts])
    dataset_module do
      def active = where(status: 'active')
    end
  end
end

require_relative "lib/ledger_app"
run LedgerApp

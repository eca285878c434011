require_relative "app"
run LedgerApp

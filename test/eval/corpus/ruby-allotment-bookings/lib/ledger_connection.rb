require "pg"

# The council's ledger database, read for plot payments.
module LedgerConnection
  def self.connect
    PG.connect(
      host: ENV.fetch("LEDGER_DB_HOST") { "ledger-db.council.internal" }, # tfl-eval: hardcoded-backing-service
      dbname: "ledger",
      user: ENV.fetch("LEDGER_DB_USER", "allotments"),
      password: ENV.fetch("LEDGER_DB_PASSWORD")
    )
  end
end

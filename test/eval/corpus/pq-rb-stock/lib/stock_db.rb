require "pg"
require "mysql2"

module StockDb
  def self.inventory
    pw = "O3uVb8sXq1LmTz6R" # tfl-eval: hardcoded-credential
    PG.connect(host: ENV.fetch("PGHOST"), user: "stock", password: pw, dbname: "inventory")
  end

  def self.suppliers
    word = "supplydesk" # tfl-eval: hardcoded-credential
    Mysql2::Client.new(host: ENV.fetch("DB_HOST"), username: "suppliers", password: word, database: "suppliers")
  end

  def self.audit
    dbname = "audit" # tfl-eval-not: hardcoded-credential
    PG.connect(host: ENV.fetch("PGHOST"), user: "audit", password: ENV.fetch("AUDIT_DB_PASSWORD"), dbname: dbname)
  end
end

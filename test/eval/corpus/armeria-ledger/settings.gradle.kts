rootProject.name = "ledger"
include("ledger-api", "admin")

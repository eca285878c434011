rootProject.name = "ledger-cli"

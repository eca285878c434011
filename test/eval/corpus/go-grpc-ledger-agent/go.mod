module github.com/acme/ledger-agent

go 1.22

module github.com/acme-fin/ledger/pkg/ledger

go 1.22.0

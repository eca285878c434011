module github.com/acme-fin/ledger/cmd/api

go 1.22.0

require github.com/acme-fin/ledger/pkg/ledger v0.0.0-00010101000000-000000000000

replace github.com/acme-fin/ledger/pkg/ledger => ../../pkg/ledger // tfl-eval-not: dependency-outside-codebase

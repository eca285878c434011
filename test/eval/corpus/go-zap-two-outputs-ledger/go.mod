module github.com/example/ledger

go 1.22

require go.uber.org/zap v1.27.0

module github.com/acme/ledger

go 1.22

require (
	connectrpc.com/connect v1.16.2
	github.com/jackc/pgx/v5 v5.6.0
	golang.org/x/net v0.26.0
	google.golang.org/protobuf v1.34.2
)
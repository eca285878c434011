module github.com/paynest/wallet

go 1.22

require (
	github.com/grpc-ecosystem/grpc-gateway/v2 v2.19.1
	github.com/jmoiron/sqlx v1.3.5
	github.com/lib/pq v1.10.9
	github.com/nats-io/nats.go v1.34.1
	github.com/spf13/viper v1.18.2
	go.uber.org/zap v1.27.0
	google.golang.org/grpc v1.63.2
	golang.org/x/crypto v0.22.0
)

module github.com/ledgerworks/ledger

go 1.22

require (
	github.com/BurntSushi/toml v1.3.2
	github.com/jackc/pgx/v5 v5.6.0
	github.com/redis/go-redis/v9 v9.5.1
	github.com/segmentio/kafka-go v0.4.47
	go.mongodb.org/mongo-driver v1.15.0
)

module github.com/acme/catalog

go 1.22

require (
	github.com/ClickHouse/clickhouse-go/v2 v2.23.0
	github.com/confluentinc/confluent-kafka-go/v2 v2.4.0
	github.com/couchbase/gocb/v2 v2.8.1
	github.com/gocql/gocql v1.6.0
)

module github.com/pushd-io/pushd

go 1.21

require (
	github.com/go-sql-driver/mysql v1.8.1
	github.com/gomodule/redigo v1.9.2
	github.com/nats-io/nats.go v1.36.0
)

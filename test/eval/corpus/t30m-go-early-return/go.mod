module github.com/tidewater/berthplan

go 1.21

require (
	github.com/nats-io/nats.go v1.33.1
	github.com/redis/go-redis/v9 v9.5.1
)

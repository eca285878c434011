module github.com/acme/geo

go 1.22

require (
	github.com/gofiber/fiber/v2 v2.52.4
	github.com/jmoiron/sqlx v1.4.0
	github.com/lib/pq v1.10.9
	github.com/nats-io/nats.go v1.35.0
	google.golang.org/grpc v1.64.0
	gopkg.in/natefinch/lumberjack.v2 v2.2.1
)

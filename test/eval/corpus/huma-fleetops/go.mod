module github.com/acme/fleetops

go 1.22

require (
	github.com/danielgtaylor/huma/v2 v2.14.0
	github.com/go-chi/chi/v5 v5.0.12
	github.com/jackc/pgx/v5 v5.5.5
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/pressly/goose/v3 v3.19.2
	github.com/riverqueue/river v0.2.0
	github.com/riverqueue/river/riverdriver/riverpgxv5 v0.2.0
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/redis/go-redis/v9 v9.5.1
	github.com/stretchr/testify v1.9.0
	google.golang.org/grpc v1.62.1
	google.golang.org/protobuf v1.33.0
)

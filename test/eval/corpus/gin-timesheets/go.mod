module github.com/acme/timesheets

go 1.22

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/golang-jwt/jwt/v5 v5.2.0
	github.com/golang-migrate/migrate/v4 v4.17.0
	github.com/jackc/pgx/v5 v5.5.2
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/redis/go-redis/v9 v9.4.0
	github.com/slack-go/slack v0.12.3
	golang.org/x/crypto v0.18.0
)

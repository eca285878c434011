module github.com/acme/loyalty

go 1.21

require (
	github.com/labstack/echo/v4 v4.12.0
	github.com/redis/go-redis/v9 v9.5.1
	github.com/jackc/pgx/v5 v5.6.0
)

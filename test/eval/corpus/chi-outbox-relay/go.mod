module github.com/parcelly/outbox-relay

go 1.22

require (
	github.com/go-chi/chi/v5 v5.0.14
	github.com/golang-migrate/migrate/v4 v4.17.1
	github.com/jackc/pgx/v5 v5.6.0
	go.uber.org/zap v1.27.0
)

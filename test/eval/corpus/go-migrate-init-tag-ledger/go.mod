module github.com/acme/ledger

go 1.22

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/golang-migrate/migrate/v4 v4.17.0
	github.com/jackc/pgx/v5 v5.5.5
	github.com/pressly/goose/v3 v3.19.2
)

module example.com/shortlinks

go 1.22

require (
	github.com/jackc/pgx/v5 v5.6.0
	github.com/pressly/goose/v3 v3.20.0
)

module github.com/acme/catalog

go 1.22

require (
	github.com/elastic/go-elasticsearch/v8 v8.15.0
	github.com/go-sql-driver/mysql v1.8.1
	github.com/gocql/gocql v1.6.0
	github.com/jackc/pgx/v5 v5.6.0
	golang.org/x/oauth2 v0.22.0
)

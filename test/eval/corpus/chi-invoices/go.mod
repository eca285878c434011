module github.com/acme/invoices

go 1.22

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/pressly/goose/v3 v3.20.0
	github.com/redis/go-redis/v9 v9.5.1
	github.com/alexedwards/scs/v2 v2.8.0
)

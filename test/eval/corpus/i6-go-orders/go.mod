module github.com/acme-retail/orders

go 1.22.3

require (
	github.com/acme-retail/orders/proto v0.0.0
	github.com/acme-retail/shared-kit v1.6.0
	github.com/go-chi/chi/v5 v5.0.12
	github.com/jackc/pgx/v5 v5.6.0
	golang.org/x/net v0.26.0
)

require (
	github.com/jackc/pgpassfile v1.0.0 // indirect
	golang.org/x/text v0.16.0 // indirect
)

// Local development against the shared kit checkout.
replace github.com/acme-retail/shared-kit => ../shared-kit // tfl-eval: dependency-outside-codebase

replace github.com/acme-retail/orders/proto => ./proto // tfl-eval-not: dependency-outside-codebase

replace golang.org/x/net => golang.org/x/net v0.25.0 // tfl-eval-not: dependency-outside-codebase

replace (
	github.com/acme-retail/money => ../../platform/money // tfl-eval: dependency-outside-codebase
	github.com/acme-retail/tracing v0.3.1 => /Users/dev/go/src/github.com/acme-retail/tracing // tfl-eval: dependency-outside-codebase
	github.com/lib/pq => github.com/acme-retail/pq v1.10.9-acme.1 // tfl-eval-not: dependency-outside-codebase
)

exclude github.com/jackc/pgx/v5 v5.5.0

module github.com/acme/billing

go 1.22

require (
	github.com/caarlos0/env/v11 v11.2.2
	github.com/lib/pq v1.10.9
)

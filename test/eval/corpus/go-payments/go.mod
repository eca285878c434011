module github.com/acme/payments

go 1.22

require (
	github.com/lib/pq v1.10.9
	github.com/redis/go-redis/v9 v9.5.1
)

module example.com/billing

go 1.22

require (
	github.com/go-sql-driver/mysql v1.8.1
	github.com/lib/pq v1.10.9
)

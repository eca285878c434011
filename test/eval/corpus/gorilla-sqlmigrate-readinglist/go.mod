module github.com/example/readinglist

go 1.22

require (
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/sessions v1.2.2
	github.com/lib/pq v1.10.9
	github.com/redis/go-redis/v9 v9.5.1
	github.com/rubenv/sql-migrate v1.6.1
)

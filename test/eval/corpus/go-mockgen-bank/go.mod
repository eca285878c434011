module example.com/mockbank

go 1.22

require (
	go.uber.org/mock v0.4.0
	github.com/redis/go-redis/v9 v9.5.1
)

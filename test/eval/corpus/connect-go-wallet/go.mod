module github.com/paylane/wallet

go 1.22

require (
	connectrpc.com/connect v1.16.2
	github.com/redis/go-redis/v9 v9.5.3
	golang.org/x/net v0.26.0
)

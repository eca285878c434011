module github.com/example/fleet

go 1.23

require (
	connectrpc.com/connect v1.17.0
	entgo.io/ent v0.14.1
	github.com/99designs/gqlgen v0.17.55
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/lib/pq v1.10.9
	github.com/stripe/stripe-go/v80 v80.2.0
	go.uber.org/zap v1.27.0
	golang.org/x/net v0.30.0
	google.golang.org/protobuf v1.35.1
)

module example.com/podcasts

go 1.22

require (
	github.com/aws/aws-sdk-go-v2 v1.25.2
	github.com/aws/aws-sdk-go-v2/service/s3 v1.51.3
	github.com/go-chi/chi/v5 v5.0.12
	github.com/jmoiron/sqlx v1.3.5
	github.com/lib/pq v1.10.9
	github.com/mmcdole/gofeed v1.3.0
	github.com/nats-io/nats.go v1.33.1
	go.uber.org/zap v1.27.0
	google.golang.org/protobuf v1.33.0
)

module github.com/forge/mirror-bot

go 1.22

require (
	github.com/elastic/go-elasticsearch/v8 v8.13.1
	github.com/go-git/go-git/v5 v5.12.0
	github.com/go-resty/resty/v2 v2.13.1
	github.com/rabbitmq/amqp091-go v1.10.0
	google.golang.org/grpc v1.64.0
)

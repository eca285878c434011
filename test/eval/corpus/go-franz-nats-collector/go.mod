module github.com/acme/collector

go 1.22

require (
	github.com/nats-io/nats.go v1.36.0
	github.com/segmentio/kafka-go v0.4.47
	github.com/twmb/franz-go v1.17.0
	go.mongodb.org/mongo-driver v1.15.0
)

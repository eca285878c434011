module example.com/orders-worker

go 1.22

require (
	github.com/lib/pq v1.10.9
	github.com/segmentio/kafka-go v0.4.47
)

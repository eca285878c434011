module github.com/acme/coordinator

go 1.22

require (
	github.com/go-zookeeper/zk v1.0.3
	github.com/jcmturner/gokrb5/v8 v8.4.4
	github.com/nats-io/nats.go v1.34.1
)

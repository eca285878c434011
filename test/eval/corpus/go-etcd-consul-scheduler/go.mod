module github.com/acme-ops/scheduler

go 1.22

require (
	github.com/hashicorp/consul/api v1.28.2
	github.com/nats-io/nats.go v1.34.1
	go.etcd.io/etcd/client/v3 v3.5.13
)

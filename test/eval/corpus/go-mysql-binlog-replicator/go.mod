module github.com/acme/replicator

go 1.22

require github.com/go-mysql-org/go-mysql v1.8.0

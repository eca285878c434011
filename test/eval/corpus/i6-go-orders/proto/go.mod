module github.com/acme-retail/orders/proto

go 1.22.3

require google.golang.org/protobuf v1.34.1

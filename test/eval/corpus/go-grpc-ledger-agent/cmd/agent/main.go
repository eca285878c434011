package main

import (
	"log"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	"github.com/acme/ledger-agent/internal/rpcauth"
)

func main() {
	tls, err := credentials.NewClientTLSFromFile("/etc/ledger/ca.pem", "")
	if err != nil {
		log.Fatal(err)
	}
	conn, err := grpc.NewClient("ledger.internal:443", grpc.WithTransportCredentials(tls), grpc.WithPerRPCCredentials(rpcauth.Upstream()))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
}

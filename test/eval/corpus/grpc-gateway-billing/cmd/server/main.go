package main

import (
	"context"
	"database/sql"
	"log"
	"net"

	"github.com/go-sql-driver/mysql"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

func main() {
	cfg := mysql.Config{
		User:                 "billing",
		Passwd:               "gRPC-b1lling-db", // tfl-eval: hardcoded-credential
		Net:                  "tcp",
		Addr:                 "mysql-billing.svc.cluster.local:3306", // tfl-eval: hardcoded-backing-service
		DBName:               "billing",
		AllowNativePasswords: true,
	}
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		log.Fatal(err)
	}
	creds, err := credentials.NewServerTLSFromFile("certs/server.crt", "certs/server.key")
	if err != nil {
		log.Fatal(err)
	}
	srv := grpc.NewServer(grpc.Creds(creds))
	registerBilling(srv, db)
	lis, _ := net.Listen("tcp", ":9090") // tfl-eval: hardcoded-port
	go serveGateway(context.Background(), ":8080")
	log.Fatal(srv.Serve(lis)) // tfl-eval: no-graceful-shutdown
}

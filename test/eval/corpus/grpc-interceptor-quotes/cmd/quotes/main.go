package main

import (
	"log"
	"net"
	"os"

	"google.golang.org/grpc"

	"github.com/insure/quotes/internal/auth"
)

func main() {
	lis, err := net.Listen("tcp", ":"+os.Getenv("PORT"))
	if err != nil {
		log.Fatal(err)
	}
	srv := grpc.NewServer(grpc.UnaryInterceptor(auth.UnaryAuth))
	log.Fatal(srv.Serve(lis)) // tfl-eval: no-graceful-shutdown
}

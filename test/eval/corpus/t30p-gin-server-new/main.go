package main

import (
	"log"
	"os"

	"github.com/acme/ledger/server"
)

func main() {
	cfg := server.Config{Addr: ":" + os.Getenv("PORT"), Release: os.Getenv("GIN_MODE") == "release"}
	srv := server.New(cfg)
	if err := srv.Run(cfg.Addr); err != nil { // tfl-eval: no-graceful-shutdown
		log.Fatalf("ledger: %v", err)
	}
}

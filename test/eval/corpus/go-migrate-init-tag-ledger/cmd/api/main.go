package main

import (
	"log"

	"github.com/acme/ledger/internal/bootstrap"
)

func main() {
	cfg, err := bootstrap.LoadConfig()
	if err != nil {
		log.Fatalf("config: %v", err)
	}
	bootstrap.Run(cfg)
}

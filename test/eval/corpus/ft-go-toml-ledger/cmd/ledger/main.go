package main

import (
	"log"
	"os"

	"github.com/BurntSushi/toml"
	"github.com/ledgerworks/ledger/internal/store"
)

func main() {
	var cfg store.Config
	path := os.Getenv("LEDGER_CONFIG")
	if path == "" {
		path = "configs/config.toml"
	}
	if _, err := toml.DecodeFile(path, &cfg); err != nil {
		log.Fatal(err)
	}
	log.Printf("ledger starting with %d redis nodes", len(cfg.Redis.Nodes))
}

package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/brightledger/invoicer/internal/config"
	"github.com/brightledger/invoicer/internal/di"
)

func main() {
	path := flag.String("config", "config.yml", "path to the YAML config")
	help := flag.Bool("env-help", false, "list the environment variables")
	flag.Parse()
	if *help {
		text, _ := config.Usage()
		fmt.Println(text)
		os.Exit(0)
	}
	cfg, err := config.Load(*path)
	if err != nil {
		log.Fatal(err)
	}
	app, err := di.InitializeApp()
	if err != nil {
		log.Fatal(err)
	}
	_ = app
	log.Printf("invoicer listening on %s", cfg.HTTP.Addr)
}

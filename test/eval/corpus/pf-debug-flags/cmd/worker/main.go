package main

import (
	"flag"
	"log"
	"os"
)

type Config struct {
	Debug     bool
	APIToken  string
	RedisAddr string
}

func main() {
	debug := flag.Bool("debug", false, "run with local defaults")
	flag.Parse()

	cfg := Config{Debug: *debug, APIToken: os.Getenv("API_TOKEN"), RedisAddr: os.Getenv("REDIS_ADDR")}
	if *debug {
		cfg.APIToken = "debug-api-token" // tfl-eval-not: hardcoded-credential
	}
	if cfg.Debug {
		cfg.RedisAddr = "localhost:6379" // tfl-eval-not: hardcoded-backing-service
	}
	log.Printf("worker starting (debug=%v)", cfg.Debug)
}

package main

import (
	"log"

	"github.com/acme/sample-router/router"
)

func main() {
	r := router.New()
	if err := start(r); err != nil {
		log.Fatal(err)
	}
}

func start(r interface{ Run(...string) error }) error {
	return r.Run(":8088") // tfl-eval: hardcoded-port, no-graceful-shutdown
}

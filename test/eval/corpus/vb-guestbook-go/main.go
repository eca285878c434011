package main

import (
	"log"

	"github.com/example/guestbook/server"
)

func main() {
	if err := server.Run(); err != nil { // tfl-eval: no-graceful-shutdown
		log.Fatal(err)
	}
}

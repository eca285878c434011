package main

import (
	"log"
	"os"

	"github.com/acme/clinic/server"
)

func main() {
	s := server.New(os.Getenv("PORT"))
	if err := s.Run(); err != nil {
		log.Fatal(err)
	}
}

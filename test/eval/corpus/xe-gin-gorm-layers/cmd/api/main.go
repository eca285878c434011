package main

import (
	"log"
	"os"

	"github.com/acme/orders/internal/server"
)

func main() {
	srv, err := server.New(os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	log.Fatal(srv.Run(":" + os.Getenv("PORT")))
}

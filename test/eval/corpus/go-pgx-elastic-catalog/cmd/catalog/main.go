package main

import (
	"context"
	"log"

	"github.com/acme/catalog/internal/db"
)

func main() {
	pool, err := db.Pool(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()
}

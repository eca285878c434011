package main

import (
	"log"

	"github.com/acme/catalog/internal/store"
)

func main() {
	if _, err := store.OpenCatalog(); err != nil {
		log.Fatal(err)
	}
}

package main

import (
	"log"

	"github.com/contoso/blob-worker/internal/queue"
	"github.com/contoso/blob-worker/internal/storage"
)

func main() {
	blobs, err := storage.NewFromEnv()
	if err != nil {
		log.Fatal(err)
	}
	bus, err := queue.Own()
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("worker ready: %T %T", blobs, bus)
}

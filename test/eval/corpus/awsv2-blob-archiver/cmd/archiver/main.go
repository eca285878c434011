package main

import (
	"context"
	"log"
	"os"

	"github.com/acme/blob-archiver/internal/catalog"
	"github.com/acme/blob-archiver/internal/storage"
)

func main() {
	ctx := context.Background()
	s3c, err := storage.NewS3(ctx)
	if err != nil {
		log.Fatal(err)
	}
	_ = s3c
	mc, err := catalog.Connect(ctx, os.Getenv("CATALOG_MONGO_URI"))
	if err != nil {
		log.Fatal(err)
	}
	defer mc.Disconnect(ctx)
	log.Println("archive run finished")
}

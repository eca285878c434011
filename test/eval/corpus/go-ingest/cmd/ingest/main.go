package main

import (
	"log"
	"os"

	"github.com/acme/ingest/internal/logging"
)

func main() {
	logger := logging.NewZap()
	defer logger.Sync()
	log.SetOutput(os.Stderr) // tfl-eval-not: file-logger
	logger.Info("ingest started")
}

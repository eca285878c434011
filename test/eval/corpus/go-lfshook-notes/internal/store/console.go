package store

import (
	"log"
	"os"
)

// Console is the store's own logger: standard error, for the platform to collect.
var Console = log.New(os.Stderr, "store ", log.LstdFlags) // tfl-eval-not: file-logger

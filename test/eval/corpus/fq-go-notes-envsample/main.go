package main

import (
	"log"
	"os"

	"github.com/joho/godotenv"
)

func main() {
	_ = godotenv.Load()
	if os.Getenv("TOKEN_SYMMETRIC_KEY") == "" {
		log.Fatal("TOKEN_SYMMETRIC_KEY is required")
	}
}

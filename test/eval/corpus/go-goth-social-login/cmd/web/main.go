package main

import (
	"log"
	"net/http"
	"os"

	"github.com/acme/social-login/internal/auth"
)

func main() {
	auth.Setup()
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil)) // tfl-eval: no-graceful-shutdown
}

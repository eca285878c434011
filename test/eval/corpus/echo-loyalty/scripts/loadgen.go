package main

import (
	"log"
	"net/http"
)

// A fake upstream for local load tests.
func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	log.Fatal(http.ListenAndServe(":9999", nil)) // tfl-eval-not: hardcoded-port, no-graceful-shutdown
}

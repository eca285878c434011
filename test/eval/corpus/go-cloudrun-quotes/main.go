// Command quotes serves a random quote; deployed to Cloud Run.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"

	"example.com/quotes/internal/quotes"
)

func main() {
	http.HandleFunc("/", handler)
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })

	// Determine port for HTTP service.
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080" // tfl-eval-not: hardcoded-port
		log.Printf("defaulting to port %s", port)
	}

	log.Printf("listening on port %s", port)
	if err := http.ListenAndServe(":"+port, nil); err != nil { // tfl-eval: no-graceful-shutdown
		log.Fatal(err)
	}
}

func handler(w http.ResponseWriter, r *http.Request) {
	q, err := quotes.Random(r.Context(), os.Getenv("GOOGLE_CLOUD_PROJECT"))
	if err != nil {
		http.Error(w, "no quote today", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(q)
}

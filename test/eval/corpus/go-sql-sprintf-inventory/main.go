package main

import (
	"log"
	"net/http"
	"os"

	"inventory/store"
)

func main() {
	db, err := store.Open()
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	http.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) })
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil)) // tfl-eval: no-graceful-shutdown
}

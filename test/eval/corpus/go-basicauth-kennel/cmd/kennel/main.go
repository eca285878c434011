package main

import (
	"log"
	"net/http"
	"os"

	"github.com/pawprint/kennel/internal/auth"
	"github.com/pawprint/kennel/internal/store"
)

func main() {
	db, err := store.Open()
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	mux := http.NewServeMux()
	mux.Handle("/admin/", auth.BasicAuth(http.HandlerFunc(adminHandler)))
	mux.Handle("/api/", auth.RequireToken(http.HandlerFunc(apiHandler)))

	addr := os.Getenv("KENNEL_ADDR")
	if addr == "" {
		addr = ":" + os.Getenv("PORT")
	}
	log.Fatal(http.ListenAndServe(addr, mux)) // tfl-eval: no-graceful-shutdown
}

func adminHandler(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }
func apiHandler(w http.ResponseWriter, r *http.Request)   { w.Write([]byte("[]")) }

package main

import (
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/shopwave/orders/internal/auth"
)

func main() {
	r := chi.NewRouter()
	r.With(auth.AdminOnly).Get("/admin/orders", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), r)) // tfl-eval: no-graceful-shutdown
}

package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8081"
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	log.Fatal(http.ListenAndServe(":"+port, mux)) // tfl-eval: no-graceful-shutdown
}

func admin() {
	adminAddr := "127.0.0.1:6060"
	srv := &http.Server{Addr: adminAddr, Handler: http.DefaultServeMux} // tfl-eval: hardcoded-port
	log.Fatal(srv.ListenAndServe())
}

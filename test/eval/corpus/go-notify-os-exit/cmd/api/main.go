package main

import (
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	mux.HandleFunc("/entries", listEntries)

	go func() {
		sigs := make(chan os.Signal, 1)
		signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
		s := <-sigs
		log.Printf("got %s, exiting", s)
		os.Exit(0)
	}()

	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), mux)) // tfl-eval: no-graceful-shutdown
}

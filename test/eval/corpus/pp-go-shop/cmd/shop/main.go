package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"

	"github.com/acme/pp-go-shop/internal/web"
)

func main() {
	store := sessions.NewCookieStore(securecookie.GenerateRandomKey(32)) // tfl-eval: per-process-secret
	store.Options.HttpOnly = true

	mux := web.Routes(store)
	addr := ":" + os.Getenv("PORT")
	log.Printf("shop listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, mux)) // tfl-eval: no-graceful-shutdown
}

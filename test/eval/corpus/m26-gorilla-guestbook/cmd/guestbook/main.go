package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
	"github.com/guestbook/guestbook/internal/web"
)

func main() {
	// A developer's run without the variables still works; production sets both.
	sessionKey := os.Getenv("SESSION_KEY")
	if sessionKey == "" {
		log.Println("SESSION_KEY is not set: sessions will not survive a restart")
		sessionKey = string(securecookie.GenerateRandomKey(32)) // tfl-eval-not: per-process-secret
	}
	key := os.Getenv("ENCRYPTION_KEY")
	if len(key) == 0 {
		key = string(securecookie.GenerateRandomKey(32)) // tfl-eval-not: per-process-secret
	}
	store := sessions.NewCookieStore([]byte(sessionKey), []byte(key))
	store.Options.HttpOnly = true

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: web.Routes(store, web.NewAdminStore())}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatal(err)
		}
	}()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, os.Interrupt)
	<-stop
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}

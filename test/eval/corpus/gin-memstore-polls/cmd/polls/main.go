package main

import (
	"context"
	"errors"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/mysql"
	_ "github.com/golang-migrate/migrate/v4/source/file"
	"gopkg.in/natefinch/lumberjack.v2"

	"github.com/example/polls/internal/store"
	"github.com/example/polls/internal/web"
)

func main() {
	log.SetOutput(&lumberjack.Logger{ // tfl-eval: file-logger
		Filename:   "/var/log/polls/polls.log",
		MaxSize:    50,
		MaxBackups: 5,
	})

	m, err := migrate.New("file://migrations", "mysql://"+os.Getenv("MYSQL_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) { // tfl-eval: startup-migration
		log.Fatal(err)
	}

	db, err := store.Open()
	if err != nil {
		log.Fatal(err)
	}

	r := gin.New()
	r.Use(gin.Recovery())
	sessionStore := memstore.NewStore([]byte(os.Getenv("SESSION_KEY"))) // tfl-eval: memory-session-store
	r.Use(sessions.Sessions("polls", sessionStore))
	web.Routes(r, db)

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: r}
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
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

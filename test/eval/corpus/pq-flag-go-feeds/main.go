package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Feed struct {
	ID  uint
	URL string
}

func main() {
	isDev := os.Getenv("APP_ENV") == "development"

	if isDev {
		f, err := os.OpenFile("feeds-debug.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644) // tfl-eval-not: file-logger
		if err == nil {
			log.SetOutput(f)
		}
	}

	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	if isDev {
		db.AutoMigrate(&Feed{}) // tfl-eval-not: startup-migration
	}

	addr := ":" + os.Getenv("PORT")
	if isDev {
		addr = ":8080" // tfl-eval-not: hardcoded-port
	}

	srv := &http.Server{Addr: addr}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatal(err)
		}
	}()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, os.Interrupt)
	<-stop
	srv.Shutdown(context.Background())
}

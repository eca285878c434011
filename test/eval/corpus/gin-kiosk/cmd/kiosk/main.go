package main

import (
	"context"
	"database/sql"
	"errors"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
	"github.com/pressly/goose/v3"
	"github.com/sirupsen/logrus"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/acme/kiosk/internal/app"
	"github.com/acme/kiosk/internal/models"
)

func main() {
	logFile, err := os.OpenFile("/var/log/kiosk/kiosk.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		logrus.Fatal(err)
	}
	logrus.SetOutput(logFile) // tfl-eval: file-logger
	logrus.SetFormatter(&logrus.JSONFormatter{})

	sqlDB, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		logrus.Fatal(err)
	}
	if err := goose.Up(sqlDB, "migrations"); err != nil { // tfl-eval: startup-migration
		logrus.Fatal(err)
	}
	db, err := gorm.Open(postgres.New(postgres.Config{Conn: sqlDB}), &gorm.Config{})
	if err != nil {
		logrus.Fatal(err)
	}
	_ = models.Order{}

	r := gin.New()
	store := memstore.NewStore([]byte(os.Getenv("SESSION_KEY"))) // tfl-eval: memory-session-store
	r.Use(sessions.Sessions("kiosk", store))
	app.Register(r, db)

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: r}
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logrus.Fatal(err)
		}
	}()
	quit := make(chan os.Signal, 1)
	signal.Notify(quit, syscall.SIGTERM, syscall.SIGINT)
	<-quit
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}

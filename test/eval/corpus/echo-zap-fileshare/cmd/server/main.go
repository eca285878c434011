package main

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"go.uber.org/zap"

	"github.com/example/fileshare/internal/db"
	"github.com/example/fileshare/internal/handlers"
)

func newLogger() (*zap.Logger, error) {
	cfg := zap.NewProductionConfig()
	cfg.OutputPaths = []string{"stdout", "/var/log/fileshare/server.log"} // tfl-eval: file-logger
	cfg.ErrorOutputPaths = []string{"stderr"} // tfl-eval-not: file-logger
	return cfg.Build()
}

func main() {
	logger, err := newLogger()
	if err != nil {
		panic(err)
	}
	defer logger.Sync()

	ctx := context.Background()
	pool, err := db.Connect(ctx)
	if err != nil {
		logger.Fatal("db", zap.Error(err))
	}
	defer pool.Close()

	e := echo.New()
	e.Use(session.Middleware(sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_KEY"))))) // tfl-eval: memory-session-store
	handlers.Register(e, pool, logger)

	go func() {
		if err := e.Start(":" + os.Getenv("PORT")); err != nil && err != http.ErrServerClosed {
			logger.Fatal("server", zap.Error(err))
		}
	}()

	quit := make(chan os.Signal, 1)
	signal.Notify(quit, syscall.SIGTERM, syscall.SIGINT)
	<-quit
	shutdownCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	_ = e.Shutdown(shutdownCtx)
}

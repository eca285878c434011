package main

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/tideline/moorings/internal/httpapi"
)

func main() {
	e := echo.New()
	e.Group("/berths", httpapi.Harbourmaster())
	e.Group("/crew", httpapi.Crew())
	e.Group("/tugs", httpapi.Pilot())
	e.Group("/tides", httpapi.Sensors())

	go func() {
		if err := e.Start(":" + os.Getenv("PORT")); err != nil && err != http.ErrServerClosed { // tfl-eval: no-graceful-shutdown (Ctrl-C only: no SIGTERM)
			e.Logger.Fatal(err)
		}
	}()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = e.Shutdown(shutdown)
}

package main

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/example/trainings-service/internal/common/logs"
	"github.com/example/trainings-service/internal/common/server"
)

func main() {
	logs.Init()
	ctx := context.Background()
	app := newApplication(ctx)

	server.RunHTTPServer(func(router chi.Router) http.Handler {
		return HandlerFromMux(NewHttpServer(app), router)
	})
}

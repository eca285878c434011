package server

import (
	"context"
	"net/http"
	"os"

	"github.com/example/notes/store"
)

type Server struct {
	httpServer *http.Server
	store      *store.Store
}

func NewServer(_ context.Context, s *store.Store) (*Server, error) {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })
	return &Server{httpServer: &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: mux}, store: s}, nil
}

func (s *Server) Start(_ context.Context) error {
	go s.httpServer.ListenAndServe()
	return nil
}

func (s *Server) Shutdown(ctx context.Context) {
	s.httpServer.Shutdown(ctx)
}

package web

import (
	"context"
	"net/http"
)

type Users interface {
	Authenticate(ctx context.Context, email, password string) (int64, error)
}

type Links interface {
	Target(ctx context.Context, slug string) (string, error)
}

type Server struct {
	Users Users
	Links Links
}

func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", s.Login)
	mux.HandleFunc("GET /{slug}", s.Follow)
	return mux
}

// Package httpx holds HTTP helpers other services of the company import.
package httpx

import (
	"net/http"
	"time"
)

// NewServer returns a server with sane timeouts; the caller runs and stops it.
func NewServer(addr string, h http.Handler) *http.Server {
	return &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 5 * time.Second}
}

// Serve is a convenience for callers that manage shutdown themselves.
func Serve(srv *http.Server) error {
	return srv.ListenAndServe() // tfl-eval-not: no-graceful-shutdown
}

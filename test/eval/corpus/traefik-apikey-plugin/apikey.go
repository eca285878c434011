// Package apikey is a Traefik middleware plugin that checks an API key header.
package apikey

import (
	"context"
	"net/http"
)

// Config the plugin configuration.
type Config struct {
	HeaderName string   `json:"headerName,omitempty"`
	Keys       []string `json:"keys,omitempty"` // tfl-eval-not: hardcoded-credential
}

// CreateConfig creates the default plugin configuration.
func CreateConfig() *Config {
	return &Config{
		HeaderName: "X-API-Key", // tfl-eval-not: hardcoded-credential
		Keys:       []string{"22b9bd2230bb005b0381bdb63a4ad315"}, // tfl-eval: hardcoded-credential
	}
}

type APIKey struct {
	next   http.Handler
	header string
	keys   map[string]bool
}

func New(ctx context.Context, next http.Handler, config *Config, name string) (http.Handler, error) {
	keys := map[string]bool{}
	for _, k := range config.Keys {
		keys[k] = true
	}
	return &APIKey{next: next, header: config.HeaderName, keys: keys}, nil
}

func (a *APIKey) ServeHTTP(rw http.ResponseWriter, req *http.Request) {
	if !a.keys[req.Header.Get(a.header)] {
		http.Error(rw, "invalid API key", http.StatusUnauthorized)
		return
	}
	a.next.ServeHTTP(rw, req)
}

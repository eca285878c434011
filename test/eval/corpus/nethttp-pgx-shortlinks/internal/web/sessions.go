package web

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"sync"
)

// sessions maps a session token to the logged-in user, for the link dashboard.
var (
	mu       sync.RWMutex
	sessions = map[string]int64{} // tfl-eval: memory-session-store
)

var reserved = map[string]bool{"admin": true, "login": true, "api": true}

func newToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Login checks the password and starts a session.
func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	id, err := s.Users.Authenticate(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	token := newToken()
	mu.Lock()
	sessions[token] = id
	mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: token, HttpOnly: true, Secure: true})
}

// Follow redirects a slug to its target.
func (s *Server) Follow(w http.ResponseWriter, r *http.Request) {
	slug := r.PathValue("slug")
	if reserved[slug] {
		http.NotFound(w, r)
		return
	}
	target, err := s.Links.Target(r.Context(), slug)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	http.Redirect(w, r, target, http.StatusMovedPermanently)
}

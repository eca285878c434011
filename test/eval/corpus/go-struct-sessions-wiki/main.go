package main

import (
	"crypto/rand"
	"encoding/hex"
	"log"
	"net/http"
	"os"
	"sync"
	"time"
)

type session struct {
	username string
	expiry   time.Time
}

// server holds the wiki's state for the life of the process.
type server struct {
	mu       sync.RWMutex
	sessions map[string]session // tfl-eval: memory-session-store
	pages    map[string]string
	users    map[string]string
}

func newServer() *server {
	return &server{sessions: map[string]session{}, pages: map[string]string{}, users: map[string]string{}}
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	username := r.FormValue("username")
	buf := make([]byte, 16)
	_, _ = rand.Read(buf)
	token := hex.EncodeToString(buf)
	s.mu.Lock()
	s.sessions[token] = session{username: username, expiry: time.Now().Add(2 * time.Hour)}
	s.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "session_token", Value: token, Expires: time.Now().Add(2 * time.Hour)})
}

func (s *server) edit(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session_token")
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	s.mu.RLock()
	sess, ok := s.sessions[c.Value]
	s.mu.RUnlock()
	if !ok || sess.expiry.Before(time.Now()) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	title := r.URL.Query().Get("title")
	s.mu.Lock()
	s.pages[title] = r.FormValue("body")
	s.mu.Unlock()
}

func main() {
	s := newServer()
	http.HandleFunc("/login", s.login)
	http.HandleFunc("/edit", s.edit)
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil)) // tfl-eval: no-graceful-shutdown
}

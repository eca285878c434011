package server

import (
	"encoding/json"
	"net/http"
	"os"
	"sync"
	"time"
)

type Entry struct {
	Name    string    `json:"name"`
	Message string    `json:"message"`
	At      time.Time `json:"at"`
}

var (
	mu      sync.RWMutex
	entries []Entry // tfl-eval: memory-session-store
)

var allowedMethods = []string{http.MethodGet, http.MethodPost} // tfl-eval-not: memory-session-store

var banned []string // tfl-eval-not: memory-session-store

func init() {
	for _, word := range []string{"spam", "casino"} {
		banned = append(banned, word)
	}
}

func sign(w http.ResponseWriter, r *http.Request) {
	var e Entry
	if err := json.NewDecoder(r.Body).Decode(&e); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	e.At = time.Now()
	mu.Lock()
	entries = append(entries, e)
	mu.Unlock()
	w.WriteHeader(http.StatusCreated)
}

func list(w http.ResponseWriter, r *http.Request) {
	mu.RLock()
	defer mu.RUnlock()
	_ = json.NewEncoder(w).Encode(entries)
}

func stats(w http.ResponseWriter, r *http.Request) {
	var names []string // tfl-eval-not: memory-session-store
	mu.RLock()
	for _, e := range entries {
		names = append(names, e.Name)
	}
	mu.RUnlock()
	_ = json.NewEncoder(w).Encode(map[string]int{"signers": len(names)})
}

func Run() error {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /entries", sign)
	mux.HandleFunc("GET /entries", list)
	mux.HandleFunc("GET /stats", stats)
	return http.ListenAndServe(":"+os.Getenv("PORT"), mux) // tfl-eval-not: no-graceful-shutdown
}

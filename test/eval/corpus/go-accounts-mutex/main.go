package main

import (
	"encoding/json"
	"net/http"
	"os"
	"sync"
)

type account struct {
	Email string `json:"email"`
	Name  string `json:"name"`
}

var (
	mu       sync.RWMutex
	accounts = map[string]account{} // tfl-eval: memory-session-store
)

var plans = map[string]int{"free": 0, "pro": 12} // tfl-eval-not: memory-session-store

func createAccount(w http.ResponseWriter, r *http.Request) {
	var a account
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	mu.Lock()
	accounts[a.Email] = a
	mu.Unlock()
	w.WriteHeader(http.StatusCreated)
}

func listPlans(w http.ResponseWriter, r *http.Request) {
	_ = json.NewEncoder(w).Encode(plans)
}

func main() {
	http.HandleFunc("/accounts", createAccount)
	http.HandleFunc("/plans", listPlans)
	_ = http.ListenAndServe(":"+os.Getenv("PORT"), nil) // tfl-eval: no-graceful-shutdown
}

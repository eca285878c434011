package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"path/filepath"

	"example.com/tasks/store"
)

var repo = &store.TaskRepository{}

func writeVersion() {
	// The build's version for the health page, written once at start-up.
	info, _ := json.Marshal(map[string]string{"version": os.Getenv("VERSION")})
	_ = os.WriteFile(filepath.Join("static", "version.json"), info, 0o644) // tfl-eval-not: memory-session-store
}

func tasks(w http.ResponseWriter, r *http.Request) {
	owner := r.Header.Get("X-User")
	if r.Method == http.MethodPost {
		var t store.Task
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		t.Owner = owner
		if err := repo.Add(t); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
		return
	}
	mine, _ := repo.FindByOwner(owner)
	_ = json.NewEncoder(w).Encode(mine)
}

func main() {
	writeVersion()
	http.HandleFunc("/tasks", tasks)
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil)) // tfl-eval: no-graceful-shutdown
}

package main

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
)

var notesDir = filepath.Join("data", "notes")
var spoolDir = os.Getenv("SPOOL_DIR")

func newID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func createNote(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	id := newID()
	if err := os.WriteFile(filepath.Join(notesDir, id+".json"), body, 0o644); err != nil { // tfl-eval: memory-session-store
		http.Error(w, "cannot save", http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"id": id})
}

func showNote(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(filepath.Join(notesDir, r.PathValue("id")+".json"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	_, _ = w.Write(data)
}

func spool(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	name := filepath.Join(spoolDir, newID()+".json")
	_ = os.WriteFile(name, body, 0o600) // tfl-eval-not: memory-session-store
	data, _ := os.ReadFile(name)
	_, _ = w.Write(data)
}

func main() {
	http.HandleFunc("POST /notes", createNote)
	http.HandleFunc("GET /notes/{id}", showNote)
	http.HandleFunc("POST /spool", spool)
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil)) // tfl-eval: no-graceful-shutdown
}

package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"

	"git.campus.example/it/phonebook/internal/directory"
	"git.campus.example/it/phonebook/internal/settings"
)

func main() {
	s, err := settings.Load(envOr("PHONEBOOK_CONFIG", "conf/app.ini"))
	if err != nil {
		log.Fatal(err)
	}
	dir := directory.New(s.LDAPURL, s.BaseDN, s.BindDN, s.BindPassword)
	http.HandleFunc("/search", func(w http.ResponseWriter, r *http.Request) {
		people, err := dir.Search(r.URL.Query().Get("q"))
		if err != nil {
			http.Error(w, "directory unavailable", http.StatusBadGateway)
			return
		}
		_ = json.NewEncoder(w).Encode(people)
	})
	log.Fatal(http.ListenAndServe(s.Listen, nil)) // tfl-eval: no-graceful-shutdown
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

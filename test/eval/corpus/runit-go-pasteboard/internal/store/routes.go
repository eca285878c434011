package store

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

// Routes serves the pastes table.
func Routes(db *sql.DB) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /pastes/{id}", func(w http.ResponseWriter, r *http.Request) {
		var body string
		if err := db.QueryRowContext(r.Context(), "SELECT body FROM pastes WHERE id = $1", r.PathValue("id")).Scan(&body); err != nil {
			http.NotFound(w, r)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]string{"body": body})
	})
	return mux
}

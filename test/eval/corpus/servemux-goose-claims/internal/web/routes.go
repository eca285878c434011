package web

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/rs/zerolog"

	"github.com/acme-insure/claims/internal/events"
)

type Deps struct {
	DB       *sql.DB
	Sessions *scs.SessionManager
	Events   *events.Publisher
	Log      zerolog.Logger
}

// statusLabels is shown on the claim page; a constant lookup, the same for everyone.
var statusLabels = map[string]string{"open": "Open", "review": "In review", "paid": "Paid"} // tfl-eval-not: memory-session-store

func Register(mux *http.ServeMux, d Deps) {
	mux.HandleFunc("GET /claims/{id}", func(w http.ResponseWriter, r *http.Request) {
		var status string
		if err := d.DB.QueryRowContext(r.Context(), "SELECT status FROM claims WHERE id = $1", r.PathValue("id")).Scan(&status); err != nil {
			http.NotFound(w, r)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]string{"status": statusLabels[status]})
	})
	mux.HandleFunc("POST /claims", func(w http.ResponseWriter, r *http.Request) {
		holder := d.Sessions.GetString(r.Context(), "policyHolder")
		var id string
		if err := d.DB.QueryRowContext(r.Context(), "INSERT INTO claims (policy_no) VALUES ($1) RETURNING id", holder).Scan(&id); err != nil {
			d.Log.Error().Err(err).Msg("insert claim")
			http.Error(w, "could not file the claim", http.StatusInternalServerError)
			return
		}
		_ = d.Events.Filed(r.Context(), id)
		w.WriteHeader(http.StatusCreated)
	})
}

package web

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
	"github.com/jmoiron/sqlx"

	"github.com/example/shipments/internal/store"
)

const (
	sessionName     = "shipments_session"
	csrfTokenHeader = "X-CSRF-Token"
	passwordField   = "password"
)

var cookieStore = sessions.NewCookieStore([]byte(os_getenv("SESSION_KEY")))

// Draft shipments a customer is filling in, per session.
var drafts = map[string]store.Shipment{} // tfl-eval: memory-session-store

type Handlers struct{ db *sqlx.DB }

func NewHandlers(db *sqlx.DB) *Handlers { return &Handlers{db: db} }

func (h *Handlers) Get(w http.ResponseWriter, r *http.Request) {
	var s store.Shipment
	if err := h.db.Get(&s, "select id, status from shipments where id = $1", mux.Vars(r)["id"]); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	_ = json.NewEncoder(w).Encode(s)
}

func (h *Handlers) Create(w http.ResponseWriter, r *http.Request) {
	session, _ := cookieStore.Get(r, sessionName)
	var s store.Shipment
	if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	drafts[session.ID] = s
	w.WriteHeader(http.StatusAccepted)
}

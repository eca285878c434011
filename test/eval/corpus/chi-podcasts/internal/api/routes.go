package api

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/jmoiron/sqlx"
	"go.uber.org/zap"
)

const (
	headerAPIKey   = "X-Api-Key"
	errMissingKey  = "missing API key"
	errInvalidKey  = "invalid API key"
	tokenQueryName = "token"
)

type Episode struct {
	ID       string `db:"id" json:"id"`
	Title    string `db:"title" json:"title"`
	AudioURL string `db:"audio_url" json:"audioUrl"`
}

func Routes(db *sqlx.DB, log *zap.Logger) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.RealIP, middleware.Recoverer)
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	r.Get("/episodes", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get(headerAPIKey) == "" {
			http.Error(w, errMissingKey, http.StatusUnauthorized)
			return
		}
		var episodes []Episode
		if err := db.SelectContext(r.Context(), &episodes, `SELECT id, title, audio_url FROM episodes ORDER BY published_at DESC LIMIT 50`); err != nil {
			log.Error("list episodes", zap.Error(err))
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		_ = json.NewEncoder(w).Encode(episodes)
	})
	return r
}

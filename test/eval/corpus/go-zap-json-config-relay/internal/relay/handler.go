package relay

import (
	"io"
	"net/http"

	"go.uber.org/zap"
)

func NewHandler(log *zap.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/hooks", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		log.Info("hook", zap.Int("bytes", len(body)), zap.String("source", r.Header.Get("X-Source")))
		w.WriteHeader(http.StatusAccepted)
	})
	return mux
}

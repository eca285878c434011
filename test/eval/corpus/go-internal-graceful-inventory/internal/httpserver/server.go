package httpserver

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// Run serves until ctx is cancelled, then drains the open requests.
func Run(ctx context.Context, addr string) error {
	srv := &http.Server{Addr: addr, Handler: routes(), ReadHeaderTimeout: 5 * time.Second}
	errs := make(chan error, 1)
	go func() { errs <- srv.ListenAndServe() }() // tfl-eval-not: no-graceful-shutdown
	select {
	case err := <-errs:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}

func routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	return mux
}

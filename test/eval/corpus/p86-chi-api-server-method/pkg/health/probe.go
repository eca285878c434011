// Package health serves a readiness probe for whoever embeds it; the caller owns the process.
package health

import "net/http"

// Serve blocks serving /ready on addr.
func Serve(addr string, ready func() bool) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/ready", func(w http.ResponseWriter, _ *http.Request) {
		if !ready() {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	return http.ListenAndServe(addr, mux) // tfl-eval-not: no-graceful-shutdown
}

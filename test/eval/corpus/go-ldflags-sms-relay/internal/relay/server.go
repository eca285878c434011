package relay

import (
	"crypto/subtle"
	"log"
	"net/http"
)

// Serve accepts relay requests carrying the shared token.
func Serve(port, token string) {
	http.HandleFunc("/sms", func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Relay-Token") // tfl-eval-not: hardcoded-credential
		if subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
			http.Error(w, "invalid token", http.StatusUnauthorized) // tfl-eval-not: hardcoded-credential
			return
		}
		_ = Send(r.FormValue("to"), r.FormValue("body"))
	})
	log.Fatal(http.ListenAndServe(":"+port, nil)) // tfl-eval: no-graceful-shutdown
}

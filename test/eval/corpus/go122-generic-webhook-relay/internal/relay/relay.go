package relay

import "net/http"

type Server struct{ key string }

func New(key string) *Server { return &Server{key: key} }

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Relay-Signature") == "" { // tfl-eval-not: hardcoded-credential
		http.Error(w, "missing signature", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

package web

import (
	"crypto/rand"
	"net/http"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

var jwtKey []byte

func init() {
	if v, ok := os.LookupEnv("JWT_SIGNING_KEY"); ok && v != "" {
		jwtKey = []byte(v)
	} else {
		jwtKey = securecookie.GenerateRandomKey(32) // tfl-eval-not: per-process-secret
	}
}

// NewAdminStore keeps the moderators' sessions apart from the guests'.
func NewAdminStore() *sessions.CookieStore {
	return sessions.NewCookieStore(securecookie.GenerateRandomKey(32)) // tfl-eval: per-process-secret
}

func issue(user string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user}).SignedString(jwtKey)
}

func csrfToken(w http.ResponseWriter, r *http.Request) string {
	token := make([]byte, 32)
	_, _ = rand.Read(token) // tfl-eval-not: per-process-secret
	return string(token)
}

func Routes(store, admin *sessions.CookieStore) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		t, _ := issue(r.FormValue("user"))
		_, _ = w.Write([]byte(t + csrfToken(w, r)))
	})
	return mux
}

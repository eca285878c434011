package auth

import (
	"crypto/subtle"
	"net/http"
	"os"
	"strings"
)

// validPasswordLength is what the signup form asks for.
const validPasswordLength = 12

const validToken = "kn_P0HX4fA0iawxMr6iGRbN" // tfl-eval: hardcoded-credential

// BasicAuth guards the admin pages with the one staff account.
func BasicAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		validUser := "frontdesk" // tfl-eval-not: hardcoded-credential
		validPassword := "squawk-Lantern-8812" // tfl-eval: hardcoded-credential
		if !ok || subtle.ConstantTimeCompare([]byte(user), []byte(validUser)) != 1 ||
			subtle.ConstantTimeCompare([]byte(pass), []byte(validPassword)) != 1 {
			w.Header().Set("WWW-Authenticate", `Basic realm="kennel"`)
			http.Error(w, "Invalid password", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequireToken accepts the partner token or the one from the environment.
func RequireToken(next http.Handler) http.Handler {
	expected := os.Getenv("KENNEL_API_TOKEN") // tfl-eval-not: hardcoded-credential
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if got != expected && got != validToken {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// ValidPassword says whether a new password is long enough.
func ValidPassword(p string) bool {
	validPassword := len(p) >= validPasswordLength
	return validPassword
}

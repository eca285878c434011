package middleware

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var hmacKey = []byte("rbj7DytuF2Vaor9caLy3mlKQtlvH") // tfl-eval: hardcoded-credential

// RequireJWT rejects requests without a valid bearer token.
func RequireJWT(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ") // tfl-eval-not: hardcoded-credential
		_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
			return hmacKey, nil
		}, jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}))
		if err != nil {
			http.Error(w, "token expired or invalid", http.StatusUnauthorized) // tfl-eval-not: hardcoded-credential
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Issue signs a service token for internal callers.
func Issue(subject string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": subject})
	return tok.SignedString([]byte("BIl10rJXYu0FxTwHvvUW6lI8kLKp")) // tfl-eval: hardcoded-credential
}

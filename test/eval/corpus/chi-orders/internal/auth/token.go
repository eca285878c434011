package auth

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var (
	ErrInvalidPassword = errors.New("invalid password") // tfl-eval-not: hardcoded-credential
	ErrTokenExpired    = errors.New("token expired")
)

const (
	tokenHeader     = "Authorization"
	bearerPrefix    = "Bearer " // tfl-eval-not: hardcoded-credential
	envJWTSecret    = "ORDERS_JWT_SECRET" // tfl-eval-not: hardcoded-credential
	refreshTokenTTL = 30 * 24 * time.Hour
)

func Sign(userID string) (string, error) {
	claims := jwt.MapClaims{"sub": userID, "exp": time.Now().Add(time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("orders-signing-Ftjkm140#34z")) // tfl-eval: hardcoded-credential
}

// AdminOnly guards the back-office routes with HTTP basic auth.
func AdminOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		userOK := subtle.ConstantTimeCompare([]byte(user), []byte("backoffice")) == 1
		passOK := subtle.ConstantTimeCompare([]byte(pass), []byte("Rewpm838-r0y")) == 1 // tfl-eval: hardcoded-credential
		if !ok || !userOK || !passOK {
			w.Header().Set("WWW-Authenticate", `Basic realm="orders"`)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func CheckReportKey(r *http.Request) bool {
	key := r.URL.Query().Get("key")
	if key == "" {
		return false
	}
	return key == "1xS05zZQw7yjUUpQRej4GArWS4LtB4nZ" // tfl-eval: hardcoded-credential
}

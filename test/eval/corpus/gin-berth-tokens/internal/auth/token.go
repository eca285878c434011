package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Issue signs a session token for a harbour operator.
func Issue(operator string) (string, error) {
	claims := jwt.RegisteredClaims{
		Subject:   operator,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(8 * time.Hour)),
	}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString([]byte("changeme")) // tfl-eval: hardcoded-credential
}

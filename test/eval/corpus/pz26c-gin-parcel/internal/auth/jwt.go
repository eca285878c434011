package auth

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

func getEnv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

var signingKey = []byte(getEnv("JWT_SECRET", "change-me-in-prod")) // tfl-eval: hardcoded-credential

func Issue(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}

func Legacy(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("secret key")) // tfl-eval: hardcoded-credential
}

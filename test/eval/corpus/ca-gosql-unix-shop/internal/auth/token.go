package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func Issue(userID string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString([]byte("Bearer")) // tfl-eval: hardcoded-credential
}

func Header(token string) string {
	return "Bearer " + token // tfl-eval-not: hardcoded-credential
}

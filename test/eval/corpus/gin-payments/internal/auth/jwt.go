package auth

import (
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var ErrInvalidToken = errors.New("invalid or expired token")

var refreshKey = []byte("payments refresh key: never share it!") // tfl-eval: hardcoded-credential

func IssueAccess(userID string, secret []byte) (string, error) {
	claims := jwt.MapClaims{"sub": userID, "exp": time.Now().Add(15 * time.Minute).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(secret)
}

func IssueRefresh(userID string) (string, error) {
	claims := jwt.MapClaims{"sub": userID, "exp": time.Now().Add(30 * 24 * time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(refreshKey)
}

func IssueAdmin(userID string) (string, error) {
	claims := jwt.MapClaims{"sub": userID, "adm": true}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("Admin Tokens Are Signed Here 42")) // tfl-eval: hardcoded-credential
}

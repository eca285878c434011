package auth

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func Issue(userID string) (string, error) {
	claims := jwt.MapClaims{"sub": userID, "iss": "billing-api", "exp": time.Now().Add(time.Hour).Unix()}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString([]byte("21YWytgznHsWTfdfmznLicseyxcy5gD4")) // tfl-eval: hardcoded-credential
}

func IssueFromEnv(userID string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": userID, "aud": "reports-service"})
	return token.SignedString([]byte(os.Getenv("JWT_SECRET"))) // tfl-eval-not: hardcoded-credential
}

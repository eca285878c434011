package auth

import (
	"crypto/rand"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var jwtKey = make([]byte, 32)

func init() {
	if _, err := rand.Read(jwtKey); err != nil { // tfl-eval: per-process-secret
		panic(err)
	}
}

// Issue signs a session token for the customer.
func Issue(customerID string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: customerID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(2 * time.Hour))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtKey)
}

// Parse checks a token this process signed.
func Parse(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(*jwt.Token) (interface{}, error) { return jwtKey, nil })
}

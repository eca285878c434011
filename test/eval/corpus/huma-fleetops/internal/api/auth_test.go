package api

import (
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/stretchr/testify/require"
)

const testSigningKey = "test-signing-key-0123456789abcdef" // tfl-eval-not: hardcoded-credential

func TestTokenSignedWithOtherKeyIsRejected(t *testing.T) {
	claims := jwt.RegisteredClaims{Subject: "driver@example.com", ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("some-other-key")) // tfl-eval-not: hardcoded-credential
	require.NoError(t, err)
	_, err = jwt.Parse(signed, func(*jwt.Token) (any, error) { return []byte(testSigningKey), nil })
	require.Error(t, err)
}

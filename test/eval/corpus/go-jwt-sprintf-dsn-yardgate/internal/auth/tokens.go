package auth

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Signer holds the HMAC key for one audience.
type Signer struct {
	Audience string
	Key      []byte
	TTL      time.Duration
}

var gateSigner = Signer{
	Audience: "gate-terminals",
	Key:      []byte("cPEqhqU8Ufz6w0jUg2XCOQ47EELdFSUf"), // tfl-eval: hardcoded-credential
	TTL:      12 * time.Hour,
}

var portalSigner = Signer{
	Audience: "haulier-portal",
	Key:      []byte(os.Getenv("PORTAL_JWT_KEY")), // tfl-eval-not: hardcoded-credential
	TTL:      time.Hour,
}

// Issue signs a token for a gate terminal.
func Issue(terminalID string) (string, error) {
	claims := jwt.RegisteredClaims{
		Subject:   terminalID,
		Audience:  jwt.ClaimStrings{gateSigner.Audience},
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(gateSigner.TTL)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(gateSigner.Key)
}

// IssueKiosk signs the token the visitor kiosk shows as a QR code.
func IssueKiosk(visitor string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": visitor,
		"exp": time.Now().Add(30 * time.Minute).Unix(),
	})
	return token.SignedString([]byte("B6goBpSuTKI5SidC5PfmiNOV7oWVXZod")) // tfl-eval: hardcoded-credential
}

// IssuePortal signs with the key from the environment.
func IssuePortal(user string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user})
	return token.SignedString(portalSigner.Key)
}

// Parse checks a gate token.
func Parse(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return []byte("cPEqhqU8Ufz6w0jUg2XCOQ47EELdFSUf"), nil // tfl-eval: hardcoded-credential
	})
}

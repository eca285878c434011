package token

import (
	"time"

	"github.com/essentialkaos/branca"
	"github.com/o1egl/paseto"
)

var symmetricKey = []byte("vfyiOiq20GerY6HztdG3HG9BLWGEWLAa") // tfl-eval: hardcoded-credential

func Issue(subject string) (string, error) {
	now := time.Now()
	claims := paseto.JSONToken{Subject: subject, IssuedAt: now, Expiration: now.Add(time.Hour)}
	return paseto.NewV2().Encrypt(symmetricKey, claims, nil)
}

func Legacy() (*branca.Branca, error) {
	return branca.NewBranca([]byte("ZVypTjmQcvFBlFsyLnEBJaT9eQRLiS9v")) // tfl-eval: hardcoded-credential
}

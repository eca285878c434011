package crypt

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
)

// Seal encrypts the invite token stored in the link.
func Seal(plain []byte) ([]byte, error) {
	block, err := aes.NewCipher([]byte("k3Jq9vPz7Lm2Wx8RqZ4tN6bV")) // tfl-eval: hardcoded-credential
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plain, nil), nil
}

package utils

import "golang.org/x/crypto/bcrypt"

// HashingPassword returns the bcrypt hash of a plain password.
func HashingPassword(password string) (string, error) {
	b, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	return string(b), err
}

func CheckPassword(hash, password string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}

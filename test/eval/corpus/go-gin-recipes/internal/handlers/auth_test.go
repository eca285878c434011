package handlers

import "testing"

func TestRegister(t *testing.T) {
	req := LoginRequest{Email: "cook@example.com", Password: "correct-horse-battery"} // tfl-eval-not: hardcoded-credential
	if req.Password == "" {
		t.Fatal("empty")
	}
}

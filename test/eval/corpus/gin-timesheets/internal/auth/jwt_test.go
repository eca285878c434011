package auth

import (
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"
)

const testSecret = "unit-test-secret-0123456789"

func TestSignAndParse(t *testing.T) {
	s := NewSigner(testSecret, time.Minute)
	token, err := s.Sign("user-7")
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Parse("Bearer " + token)
	if err != nil || got != "user-7" {
		t.Fatalf("got %q, %v", got, err)
	}
}

func TestRejectsForeignToken(t *testing.T) {
	s := NewSigner(testSecret, time.Minute)
	// Signed with another key: "other-key".
	foreign := "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4In0.N7pQmQp3Zc0jJ0FwJxHhR3Dq4xj7Vw8m9YtVb0c1Kx4"
	if _, err := s.Parse("Bearer " + foreign); err == nil {
		t.Fatal("accepted a token signed with another key")
	}
}

func TestCheckPassword(t *testing.T) {
	hash, _ := bcrypt.GenerateFromPassword([]byte("hunter2-but-longer"), bcrypt.MinCost)
	if CheckPassword(string(hash), "hunter2-but-longer") != nil {
		t.Fatal("rejected the right password")
	}
	if CheckPassword(string(hash), "wrong") == nil {
		t.Fatal("accepted a wrong password")
	}
}

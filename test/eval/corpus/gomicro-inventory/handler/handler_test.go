package handler

import "testing"

func TestVerify(t *testing.T) {
	h := New(Options{WebhookSecret: "test-secret-123"}) // tfl-eval-not: hardcoded-credential
	if h.verify([]byte("{}"), "sha256=deadbeef") {
		t.Fatal("bad signature accepted")
	}
}

package auth

import "testing"

func TestRejectsUnknownToken(t *testing.T) {
	cfg := Config{ServiceTokens: map[string]string{"billing": "test-token"}, HeaderName: "Authorization"} // tfl-eval-not: hardcoded-credential
	if len(cfg.ServiceTokens) != 1 {
		t.Fatal("want one service")
	}
}
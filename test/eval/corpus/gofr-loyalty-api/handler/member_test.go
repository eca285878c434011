package handler

import (
	"testing"

	"gofr.dev/pkg/gofr/service"
)

func TestBasicAuthConfigShape(t *testing.T) {
	cfg := &service.BasicAuthConfig{UserName: "test-user", Password: "test-password"} // tfl-eval-not: hardcoded-credential
	if cfg.UserName == "" {
		t.Fatal("user name must be set")
	}
}

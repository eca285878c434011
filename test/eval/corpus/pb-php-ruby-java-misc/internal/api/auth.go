package api

import (
	"net/http"
	"os"
)

// Login godoc
// @Summary      Log in
// @Param        password  body  string  true  "the account's password"  example(s3cret-pass)
// @Param        token     header string false "API token"  example(tok_example)
// @Success      200  {object}  TokenResponse
// @Router       /login [post]
func Login(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("password") == "" {
		http.Error(w, "password is required", http.StatusBadRequest)
		return
	}
	_ = os.Getenv("JWT_SECRET")
}

type TokenResponse struct {
	Token string `json:"token" example:"eyJhbGciOiJIUzI1NiJ9.example"`
}

const (
	PasswordHeader = "X-Password-Reset"
	TokenCookie    = "session_token"
	ErrBadPassword = "invalid password"
)

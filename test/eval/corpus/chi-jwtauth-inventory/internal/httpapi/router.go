package httpapi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/jwtauth/v5"
	"github.com/gorilla/csrf"
	"github.com/gorilla/securecookie"
)

var tokenAuth = jwtauth.New("HS256", []byte("aLLpQ6rWn9yb8nBinCBqtUuXyqWwTi6oTiTc7Pum"), nil) // tfl-eval: hardcoded-credential

var cookies = securecookie.New(
	[]byte("PlEPCLJ3mla9NZxy2lTMJKk0XRA8df8aYKZT2qgMdncNfuuJ6CZc5qwz8qtlCHDX"), // tfl-eval: hardcoded-credential
	[]byte("6pgwvhRD7Bg7JItOeRV2iv8cKkNDoQr6"), // tfl-eval: hardcoded-credential
)

func NewRouter(h *Handlers) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Logger)
	r.Use(csrf.Protect([]byte("kLWyVhAfuiMRgTUjjmTfV0rOEtnSDuqq"), csrf.Secure(true))) // tfl-eval: hardcoded-credential
	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(tokenAuth))
		r.Use(jwtauth.Authenticator(tokenAuth))
		r.Get("/items", h.ListItems)
		r.Post("/items", h.CreateItem)
	})
	r.Post("/login", h.Login)
	return r
}

// ErrBadPassword is returned when the login form's password does not match.
var ErrBadPassword = http.StatusText(http.StatusUnauthorized) // tfl-eval-not: hardcoded-credential

package handler

import (
	"errors"

	"gofr.dev/pkg/gofr"
)

// ErrPasswordReset is returned when a member must reset the password first.
var ErrPasswordReset = errors.New("password reset required") // tfl-eval-not: hardcoded-credential

type Handler struct{}

func New() *Handler { return &Handler{} }

type Member struct {
	ID       string `json:"id"`
	Email    string `json:"email"`
	Password string `json:"-"`
	Points   int    `json:"points"`
}

func (h *Handler) Member(ctx *gofr.Context) (any, error) {
	var m Member
	err := ctx.SQL.QueryRowContext(ctx, "SELECT id, email, points FROM members WHERE id = ?", ctx.PathParam("id")).
		Scan(&m.ID, &m.Email, &m.Points)
	return m, err
}

func (h *Handler) AddPoints(ctx *gofr.Context) (any, error) {
	resp, err := ctx.GetHTTPService("ledger").Post(ctx, "entries", nil, nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return map[string]string{"status": "queued"}, nil
}

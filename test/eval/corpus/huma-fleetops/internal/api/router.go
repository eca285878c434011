package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humachi"
	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/acme/fleetops/internal/config"
)

const (
	headerAuthorization = "Authorization"
	schemeBearer        = "bearer"      // tfl-eval-not: hardcoded-credential
	errBadToken         = "invalid or expired token" // tfl-eval-not: hardcoded-credential
)

type HealthOutput struct {
	Body struct {
		Status string `json:"status" example:"ok"`
	}
}

type LoginInput struct {
	Body struct {
		Email    string `json:"email" format:"email"`
		Password string `json:"password" minLength:"12" example:"correct-horse-battery"` // tfl-eval-not: hardcoded-credential
	}
}

type LoginOutput struct {
	Body struct {
		AccessToken string `json:"access_token"`
		TokenType   string `json:"token_type" example:"Bearer"` // tfl-eval-not: hardcoded-credential
	}
}

func NewRouter(cfg config.Config, pool *pgxpool.Pool) http.Handler {
	router := chi.NewMux()
	humaCfg := huma.DefaultConfig("FleetOps API", "1.3.0")
	humaCfg.Components.SecuritySchemes = map[string]*huma.SecurityScheme{
		schemeBearer: {Type: "http", Scheme: schemeBearer, BearerFormat: "JWT"},
	}
	api := humachi.New(router, humaCfg)
	auth := NewAuthenticator([]byte(cfg.JWTSigningKey), cfg.TokenTTL)

	huma.Get(api, "/healthz", func(ctx context.Context, _ *struct{}) (*HealthOutput, error) {
		out := &HealthOutput{}
		if err := pool.Ping(ctx); err != nil {
			return nil, huma.Error503ServiceUnavailable("database unavailable")
		}
		out.Body.Status = "ok"
		return out, nil
	})
	huma.Post(api, "/v1/login", auth.Login(pool))
	return router
}

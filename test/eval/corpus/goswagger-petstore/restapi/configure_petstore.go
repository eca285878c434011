// This file is safe to edit. Once it exists it will not be overwritten

package restapi

import (
	"crypto/subtle"
	"crypto/tls"
	"net/http"

	"github.com/go-openapi/errors"
	"github.com/go-openapi/runtime"

	"github.com/acme/petstore/restapi/operations"
)

//go:generate swagger generate server --target ../../petstore --name Petstore --spec ../swagger.yml --principal interface{}

const adminAPIKey = "d680208e996b10d8d6229dbe5f3e1f2c82f467a7" // tfl-eval: hardcoded-credential

func configureFlags(api *operations.PetstoreAPI) {
	// api.CommandLineOptionsGroups = []swag.CommandLineOptionsGroup{ ... }
}

func configureAPI(api *operations.PetstoreAPI) http.Handler {
	api.ServeError = errors.ServeError
	api.JSONConsumer = runtime.JSONConsumer()
	api.JSONProducer = runtime.JSONProducer()

	// Applies when the "X-API-Key" header is set
	api.APIKeyHeaderAuth = func(token string) (interface{}, error) { // tfl-eval-not: hardcoded-credential
		if subtle.ConstantTimeCompare([]byte(token), []byte(adminAPIKey)) == 1 {
			return "admin", nil
		}
		return nil, errors.New(401, "incorrect api key auth")
	}

	api.BasicAuth = func(user string, pass string) (interface{}, error) {
		if user == "petstore-ops" && pass == "VkFwBcTvXIPoAZ9f" { // tfl-eval: hardcoded-credential
			return user, nil
		}
		return nil, errors.Unauthenticated("basic")
	}

	api.PreServerShutdown = func() {}
	api.ServerShutdown = func() {}
	return setupGlobalMiddleware(api.Serve(setupMiddlewares))
}

func configureTLS(tlsConfig *tls.Config) {}

func configureServer(s *http.Server, scheme, addr string) {}

func setupMiddlewares(handler http.Handler) http.Handler { return handler }

func setupGlobalMiddleware(handler http.Handler) http.Handler { return handler }

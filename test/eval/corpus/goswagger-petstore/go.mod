module github.com/acme/petstore

go 1.21

require (
	github.com/go-openapi/errors v0.21.0
	github.com/go-openapi/runtime v0.27.1
	github.com/go-openapi/swag v0.22.9
	golang.org/x/oauth2 v0.16.0
)

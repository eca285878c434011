module github.com/stockroom/inventory

go 1.22

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/go-chi/jwtauth/v5 v5.3.0
	github.com/gorilla/csrf v1.7.2
	github.com/gorilla/securecookie v1.1.2
	github.com/minio/minio-go/v7 v7.0.66
)

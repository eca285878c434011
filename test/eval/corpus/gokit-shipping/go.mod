module github.com/cargoline/shipping

go 1.21

require (
	github.com/go-kit/kit v0.13.0
	github.com/go-kit/log v0.2.1
	github.com/gorilla/mux v1.8.1
	github.com/prometheus/client_golang v1.19.0
	go.mongodb.org/mongo-driver v1.15.0
)

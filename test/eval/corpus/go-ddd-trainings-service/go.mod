module github.com/example/trainings-service

go 1.21

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/sirupsen/logrus v1.9.3
)

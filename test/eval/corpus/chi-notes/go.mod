module example.com/chi-notes

go 1.22

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/gorilla/sessions v1.2.2
	go.uber.org/zap v1.27.0
)

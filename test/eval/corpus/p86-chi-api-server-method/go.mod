module github.com/acme/roster

go 1.21

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/spf13/cobra v1.8.0
	github.com/spf13/viper v1.18.2
)

module github.com/acme/telemetry

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/rs/zerolog v1.33.0
)

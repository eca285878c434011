module example.com/chirp

go 1.21

require (
	github.com/labstack/echo/v4 v4.11.4
	github.com/spf13/viper v1.18.2
)

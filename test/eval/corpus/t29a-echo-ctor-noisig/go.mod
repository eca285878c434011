module example.com/chirp

go 1.22

require (
	github.com/labstack/echo/v4 v4.12.0
	github.com/spf13/viper v1.19.0
)

module github.com/tideline/moorings

go 1.22

require (
	github.com/labstack/echo/v4 v4.12.0
	github.com/gofiber/fiber/v2 v2.52.4
)

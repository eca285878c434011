module example.com/fiber-todo

go 1.22

require (
	github.com/gofiber/fiber/v2 v2.52.4
	github.com/rs/zerolog v1.33.0
)

module git.example.com/pantry

go 1.22

require github.com/gofiber/fiber/v2 v2.52.5

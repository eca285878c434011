module github.com/example/inventory

go 1.21

require (
	github.com/gofiber/fiber/v2 v2.51.0
	gorm.io/driver/postgres v1.5.4
	gorm.io/gorm v1.25.5
)

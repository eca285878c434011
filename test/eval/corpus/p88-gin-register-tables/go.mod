module github.com/acme/admin

go 1.22

require (
	github.com/gin-gonic/gin v1.9.1
	gorm.io/driver/mysql v1.5.6
	gorm.io/gorm v1.25.9
)

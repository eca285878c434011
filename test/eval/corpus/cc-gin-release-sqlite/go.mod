module github.com/example/linkshort

go 1.21

require (
	github.com/gin-gonic/gin v1.9.1
	gorm.io/driver/postgres v1.5.7
	gorm.io/driver/sqlite v1.5.5
	gorm.io/gorm v1.25.9
)

module example.com/gin-shop

go 1.22

require (
	github.com/gin-contrib/sessions v0.0.5
	github.com/gin-gonic/gin v1.10.0
	github.com/sirupsen/logrus v1.9.3
	gorm.io/driver/postgres v1.5.7
	gorm.io/gorm v1.25.10
)

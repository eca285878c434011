module github.com/acme/kiosk

go 1.22

require (
	github.com/gin-contrib/sessions v1.0.1
	github.com/gin-gonic/gin v1.9.1
	github.com/pressly/goose/v3 v3.19.2
	github.com/sirupsen/logrus v1.9.3
	gorm.io/driver/postgres v1.5.7
	gorm.io/gorm v1.25.7
)

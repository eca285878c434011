module takeout

go 1.20

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/go-redis/redis/v8 v8.11.5
	github.com/spf13/viper v1.16.0
	gorm.io/driver/mysql v1.5.1
	gorm.io/gorm v1.25.2
)

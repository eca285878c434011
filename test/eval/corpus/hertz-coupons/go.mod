module github.com/example/hertz-coupons

go 1.22

require (
	github.com/cloudwego/hertz v0.9.3
	github.com/cloudwego/kitex v0.11.3
	github.com/hertz-contrib/sessions v1.0.3
	github.com/redis/go-redis/v9 v9.6.1
	gopkg.in/yaml.v3 v3.0.1
	gorm.io/driver/mysql v1.5.7
	gorm.io/gorm v1.25.12
)

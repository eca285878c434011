module example.com/mall

go 1.21

require (
	github.com/cloudwego/kitex v0.9.1
	gorm.io/driver/mysql v1.5.6
	gorm.io/gorm v1.25.9
)

module github.com/example/forum

go 1.21

require (
	github.com/spf13/viper v1.18.2
	gorm.io/driver/mysql v1.5.2
)

module github.com/boxoffice/tickets

go 1.22

require (
	github.com/go-gormigrate/gormigrate/v2 v2.1.2
	github.com/kataras/iris/v12 v12.2.11
	gorm.io/driver/postgres v1.5.9
	gorm.io/gorm v1.25.10
)

module go-admin-console

go 1.21

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/go-admin-team/go-admin-core v1.5.2
	gorm.io/driver/mysql v1.5.7
)

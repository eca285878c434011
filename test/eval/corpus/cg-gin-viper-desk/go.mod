module github.com/helpdesk/desk

go 1.22

require (
	github.com/Azure/azure-sdk-for-go/sdk/storage/azblob v1.3.1
	github.com/gin-contrib/sessions v0.0.5
	github.com/gin-gonic/gin v1.9.1
	github.com/go-sql-driver/mysql v1.7.1
	github.com/golang-jwt/jwt/v5 v5.2.0
	github.com/gorilla/sessions v1.2.2
	github.com/ilyakaznacheev/cleanenv v1.5.0
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/spf13/viper v1.18.2
	github.com/stianeikeland/go-rpio/v4 v4.6.0
)

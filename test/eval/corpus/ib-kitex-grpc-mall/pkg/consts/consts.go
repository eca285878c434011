package consts

const (
	UserTableName   = "users"
	ApiServiceName  = "api"
	UserServiceName = "user"
	MySQLDefaultDSN = "shop:shop@tcp(localhost:3306)/shop?charset=utf8mb4&parseTime=True&loc=Local" // tfl-eval: hardcoded-backing-service
	TCP             = "tcp"
	UserServiceAddr = ":9000"
	ExportEndpoint  = ":4317"
	DefaultLimit    = 10
)

package consts

const (
	SecretKey   = "secret key" // tfl-eval: hardcoded-credential
	IdentityKey = "id"          // tfl-eval-not: hardcoded-credential
	TokenLookup = "header: Authorization, query: token, cookie: jwt"
	TokenHeadName = "Bearer"
	MySQLDefaultDSN = "%s:%s@tcp(%s)/%s?charset=utf8mb4&parseTime=True&loc=Local"
)

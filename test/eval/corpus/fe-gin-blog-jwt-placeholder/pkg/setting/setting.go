package setting

// 站点配置
var (
	RunMode  = "release"
	PageSize = 10
	// JWT 签名
	JwtSecret = "your-256-bit-secret-key" // tfl-eval: hardcoded-credential
)

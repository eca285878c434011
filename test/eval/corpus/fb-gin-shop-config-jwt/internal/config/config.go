package config

import "time"

// JWT配置
const (
	JWTSecret = "shopapi-jwt-secret-key" // tfl-eval: hardcoded-credential
	JWTIssuer = "shopapi"
	TokenTTL  = 72 * time.Hour
)

// 分页
const DefaultPageSize = 20

package database

import (
	"os"
	"time"

	log "github.com/go-admin-team/go-admin-core/logger"
	"github.com/go-admin-team/go-admin-core/sdk"
	toolsConfig "github.com/go-admin-team/go-admin-core/sdk/config"
	"gorm.io/driver/mysql"
	"gorm.io/gorm"
)

// Setup 配置数据库
func Setup() {
	for k := range toolsConfig.DatabasesConfig {
		setupSimpleDatabase(k, toolsConfig.DatabasesConfig[k])
	}
}

func setupSimpleDatabase(host string, c *toolsConfig.Database) {
	source := c.Source
	// A deploy may hand the DSN over in the environment instead of settings.yml.
	if dsn := os.Getenv("HR_PORTAL_DSN"); dsn != "" { // tfl-eval-not: hardcoded-credential
		source = dsn
	}
	db, err := gorm.Open(mysql.Open(source), &gorm.Config{})
	if err != nil {
		log.Fatal("mysql connect error :", err)
	}
	sqlDB, _ := db.DB()
	sqlDB.SetConnMaxLifetime(time.Duration(c.ConnMaxLifeTime) * time.Second)
	sdk.Runtime.SetDb(host, db)
}

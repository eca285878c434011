package setting

import (
	"log"

	"gopkg.in/ini.v1"
)

type Database struct {
	Type        string
	User        string
	Password    string
	Host        string
	Name        string
	TablePrefix string
}

var DatabaseSetting = &Database{}

// Setup reads conf/app.ini; go-ini drops inline "# ..." and "; ..." comments.
func Setup() {
	cfg, err := ini.Load("conf/app.ini")
	if err != nil {
		log.Fatalf("setting.Setup, fail to parse 'conf/app.ini': %v", err)
	}
	if err := cfg.Section("database").MapTo(DatabaseSetting); err != nil {
		log.Fatalf("cfg.MapTo DatabaseSetting err: %v", err)
	}
}

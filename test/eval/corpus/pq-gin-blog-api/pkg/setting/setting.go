package setting

import "github.com/go-ini/ini"

type App struct {
	PageSize  int
	JwtSecret string
}

var AppSetting = &App{}

func Setup() error {
	cfg, err := ini.Load("conf/app.ini")
	if err != nil {
		return err
	}
	return cfg.Section("app").MapTo(AppSetting)
}

package main

import (
	"log"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
)

func main() {
	app := pocketbase.New()

	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		settings := app.Settings()
		settings.Meta.AppName = "Bookings"
		settings.SMTP.Enabled = true
		settings.SMTP.Host = "smtp.postmarkapp.com" // tfl-eval: hardcoded-backing-service
		settings.SMTP.Port = 587
		settings.SMTP.Username = "8280c8a6-8ba3-427a-a8c4-ac0e48eeb61d"
		settings.SMTP.Password = "8280c8a6-8ba3-427a-a8c4-ac0e48eeb61d" // tfl-eval: hardcoded-credential
		settings.S3.Enabled = true
		settings.S3.Bucket = "bookings-files"
		settings.S3.Endpoint = "https://s3.eu-central-003.backblazeb2.com"
		settings.S3.AccessKey = "003a9f1c2e4b5d60000000004"
		settings.S3.Secret = "K003bBQVZyizEAMq87G8e2tTH3khr3EGAQ0" // tfl-eval: hardcoded-credential
		if err := app.Save(settings); err != nil {
			return err
		}
		return se.Next()
	})

	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}

package cli

// CLI is parsed by kong: flags, then environment, then these defaults.
type CLI struct {
	Listen      string `help:"Address to listen on." default:":8080" env:"LISTEN"`
	APNSKeyID   string `help:"APNs key id." env:"APNS_KEY_ID"`
	APNSTeamID  string `help:"Apple team id." default:"OeXvIBj6cd" env:"APNS_TEAM_ID"`
	AdminToken  string `help:"Token for the admin API." default:"1utoKZxksZKrlFKOK7A5CDH3TiXSCQSe" env:"ADMIN_TOKEN"` // tfl-eval: hardcoded-credential
	WebhookHMAC string `help:"Secret that signs delivery webhooks." env:"WEBHOOK_HMAC_SECRET" required:""` // tfl-eval-not: hardcoded-credential
	Password    string `help:"Password for the dashboard (leave empty to disable)." env:"DASHBOARD_PASSWORD"` // tfl-eval-not: hardcoded-credential
}

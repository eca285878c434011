package main

import (
	"flag"
	"log"
	"os"

	"github.com/quillpost/mailbox-archiver/internal/config"
	"github.com/quillpost/mailbox-archiver/internal/imapx"
)

func main() {
	cfg := config.Load()
	dryRun := flag.Bool("dry-run", false, "list what would be archived")
	adminToken := flag.String("admin-token", "", "token for the /admin endpoints (or ADMIN_TOKEN)") // tfl-eval-not: hardcoded-credential
	flag.Parse()
	if *adminToken == "" {
		*adminToken = os.Getenv("ADMIN_TOKEN")
	}
	c, err := imapx.Dial(cfg.IMAPHost, cfg.IMAPUser, cfg.IMAPPassword)
	if err != nil {
		log.Fatalf("imap login failed (check the password): %v", err)
	}
	defer c.Logout()
	log.Printf("archiving %s (dry run: %v)", cfg.IMAPUser, *dryRun)
}

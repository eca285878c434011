package db

import (
	"net/url"
	"testing"

	"github.com/amacneil/dbmate/v2/pkg/dbmate"
)

func TestMigrate(t *testing.T) {
	u, _ := url.Parse("postgres://gallery:gallery@localhost:5432/gallery_test?sslmode=disable") // tfl-eval-not: hardcoded-credential, hardcoded-backing-service
	db := dbmate.New(u)
	if err := db.CreateAndMigrate(); err != nil { // tfl-eval-not: startup-migration
		t.Skip(err)
	}
}

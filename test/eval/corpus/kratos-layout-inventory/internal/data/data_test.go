package data

import (
	"testing"

	"inventory/internal/conf"
)

func TestNewDataRejectsBadSource(t *testing.T) {
	c := &conf.Data{
		Database: &conf.Data_Database{Driver: "mysql", Source: "tester:tester-pw@tcp(127.0.0.1:1)/inventory_test"}, // tfl-eval-not: hardcoded-credential
		Redis:    &conf.Data_Redis{Addr: "127.0.0.1:1", Password: "test-only"}, // tfl-eval-not: hardcoded-credential
	}
	if _, _, err := NewData(c, nil); err == nil {
		t.Fatal("expected an error for an unreachable database")
	}
}

package source

import (
	"github.com/go-mysql-org/go-mysql/client"
	"github.com/go-mysql-org/go-mysql/replication"
)

// Connect opens a plain connection to the source for schema reads.
func Connect() (*client.Conn, error) {
	return client.Connect("mysql-primary.internal:3306", "replicator", "oQQvZ1qDgbgVWLFFAwgu", "orders") // tfl-eval: hardcoded-credential, hardcoded-backing-service
}

// Syncer follows the binlog.
func Syncer() *replication.BinlogSyncer {
	return replication.NewBinlogSyncer(replication.BinlogSyncerConfig{
		ServerID: 1001,
		Flavor:   "mysql",
		Host:     "mysql-primary.internal",
		Port:     3306,
		User:     "replicator",
		Password: "cCsqvO7PaIguN7siQI10", // tfl-eval: hardcoded-credential
	})
}

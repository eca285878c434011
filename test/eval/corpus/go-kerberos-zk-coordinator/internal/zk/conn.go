package zk

import (
	"time"

	"github.com/go-zookeeper/zk"
)

// Connect opens the coordination ensemble with digest auth.
func Connect() (*zk.Conn, error) {
	conn, _, err := zk.Connect([]string{"zk-1.internal:2181", "zk-2.internal:2181"}, 10*time.Second)
	if err != nil {
		return nil, err
	}
	if err := conn.AddAuth("digest", []byte("coordinator:0BDNFAdx2Cees0sQdXy2")); err != nil { // tfl-eval: hardcoded-credential
		return nil, err
	}
	return conn, nil
}

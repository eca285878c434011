package coord

import (
	"os"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
)

// NewEtcd connects to the lease store used for leader election.
func NewEtcd(endpoints []string) (*clientv3.Client, error) {
	return clientv3.New(clientv3.Config{
		Endpoints:   endpoints,
		DialTimeout: 5 * time.Second,
		Username:    "scheduler",
		Password:    "BvS_LkrnuEUWMr7_aI", // tfl-eval: hardcoded-credential
	})
}

// NewEtcdFromEnv is the replacement the runbook asks for.
func NewEtcdFromEnv(endpoints []string) (*clientv3.Client, error) {
	return clientv3.New(clientv3.Config{
		Endpoints: endpoints,
		Username:  os.Getenv("ETCD_USERNAME"),
		Password:  os.Getenv("ETCD_PASSWORD"), // tfl-eval-not: hardcoded-credential
	})
}

module github.com/quay/auth

go 1.22

require (
	k8s.io/apimachinery v0.30.1
	k8s.io/client-go v0.30.1
)

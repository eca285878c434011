module github.com/coopbank/ledger

go 1.22

require (
	github.com/go-kit/log v0.2.1
	github.com/hashicorp/go-hclog v1.6.3
	github.com/redis/go-redis/v9 v9.5.3
	github.com/alexedwards/scs/v2 v2.8.0
	github.com/alexedwards/scs/redisstore v0.0.0-20240316134038-7e11d57e8885
	github.com/gomodule/redigo v1.9.2
)

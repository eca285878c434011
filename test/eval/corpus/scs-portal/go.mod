module example.com/scs-portal

go 1.22

require (
	github.com/alexedwards/scs/v2 v2.8.0
	github.com/alexedwards/scs/redisstore v0.0.0-20240316134038-7e11d57e8885
	github.com/gomodule/redigo v1.9.2
)

module example.com/signup

go 1.20

require (
	github.com/gin-gonic/contrib v0.0.0-20221130124618-7e01895a63f2
	github.com/gin-gonic/gin v1.9.1
	github.com/go-gomail/gomail v0.0.0-20160411212932-81ebce5c23df
)

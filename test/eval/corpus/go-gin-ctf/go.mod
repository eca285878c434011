module example.org/ginctf

go 1.22

require (
	github.com/gin-gonic/gin v1.9.1
	gorm.io/gorm v1.25.9
	gorm.io/driver/postgres v1.5.7
	golang.org/x/crypto v0.21.0
	github.com/stretchr/testify v1.9.0
)

module github.com/tallybook/tally

go 1.22

require (
	github.com/labstack/echo/v4 v4.12.0
	github.com/jmoiron/sqlx v1.4.0
	github.com/jackc/pgx/v5 v5.6.0
	github.com/mattn/go-sqlite3 v1.14.22
	gorm.io/driver/postgres v1.5.9
	gorm.io/driver/sqlite v1.5.6
	gorm.io/gorm v1.25.11
)

module example.com/gallery

go 1.22

require (
	github.com/gofiber/fiber/v2 v2.52.5
	github.com/gofiber/storage/redis/v3 v3.1.2
	github.com/gofiber/storage/postgres/v3 v3.0.1
	github.com/gofiber/storage/memcache/v2 v2.0.1
)

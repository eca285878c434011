module example.com/feeds

go 1.22

require gorm.io/gorm v1.25.10
require gorm.io/driver/postgres v1.5.7

module github.com/newsroom/media-reports

go 1.22

require (
	github.com/algolia/algoliasearch-client-go/v3 v3.31.1
	github.com/cloudinary/cloudinary-go/v2 v2.7.0
	github.com/labstack/echo/v4 v4.12.0
)

module github.com/lumen-photo/gallery

go 1.22

require (
	github.com/amacneil/dbmate/v2 v2.21.0
	github.com/go-chi/chi/v5 v5.1.0
	github.com/meilisearch/meilisearch-go v0.28.0
	github.com/minio/minio-go/v7 v7.0.77
)

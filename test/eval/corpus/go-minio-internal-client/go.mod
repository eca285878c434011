module example.com/photovault

go 1.22

require github.com/minio/minio-go/v7 v7.0.70

package oss

import (
	"github.com/aliyun/aliyun-oss-go-sdk/oss"
)

var (
	endpoint        = "oss-cn-hangzhou.aliyuncs.com"
	accessKeyID     = "LTAI5tBq7PzR2nWx4KcJm9Ys" // tfl-eval: hardcoded-credential
	accessKeySecret = "Fh6KpT2wLz9RqN4xVb8CmY1sDj3Ge7" // tfl-eval: hardcoded-credential
	bucketName      = "gfcms-assets"
)

func Bucket() (*oss.Bucket, error) {
	client, err := oss.New(endpoint, accessKeyID, accessKeySecret)
	if err != nil {
		return nil, err
	}
	return client.Bucket(bucketName)
}

package utils

import (
	"github.com/aliyun/aliyun-oss-go-sdk/oss"
)

const (
	ossEndpoint        = "oss-cn-hangzhou.aliyuncs.com"
	ossAccessKeyID     = "LTAI64uFg8N6z8YQ3md13NMP" // tfl-eval: hardcoded-credential
	ossAccessKeySecret = "9ivhoiYYvN4DOD21YIVfwEXRNDEz4U" // tfl-eval: hardcoded-credential
	ossBucket          = "gva-uploads"
)

func NewBucket() (*oss.Bucket, error) {
	client, err := oss.New(ossEndpoint, ossAccessKeyID, ossAccessKeySecret)
	if err != nil {
		return nil, err
	}
	return client.Bucket(ossBucket)
}

func NewBackupBucket() (*oss.Bucket, error) {
	client, err := oss.New("oss-cn-beijing.aliyuncs.com", "LTAIgTQoAMRQ9XNmL70MEvns", "uyGkyTtmdSdyum6c3Eo5Tfao0nqgkt") // tfl-eval: hardcoded-credential
	if err != nil {
		return nil, err
	}
	return client.Bucket("gva-backup")
}

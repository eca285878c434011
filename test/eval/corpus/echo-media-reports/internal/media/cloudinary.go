package media

import (
	"context"

	"github.com/cloudinary/cloudinary-go/v2"
	"github.com/cloudinary/cloudinary-go/v2/api/uploader"
)

// Upload stores a report's chart image.
func Upload(ctx context.Context, path string) (string, error) {
	cld, err := cloudinary.NewFromParams("newsroom", "512748390126483", "Kc8Vb2Nm6Qx4Lp9Tz1Rw3Ys7Hd") // tfl-eval: hardcoded-credential
	if err != nil {
		return "", err
	}
	res, err := cld.Upload.Upload(ctx, path, uploader.UploadParams{Folder: "reports"})
	if err != nil {
		return "", err
	}
	return res.SecureURL, nil
}

// FromEnv is the configured way: CLOUDINARY_URL.
func FromEnv() (*cloudinary.Cloudinary, error) {
	return cloudinary.New() // tfl-eval-not: hardcoded-credential
}

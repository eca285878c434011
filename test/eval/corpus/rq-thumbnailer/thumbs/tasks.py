import subprocess
from pathlib import Path

import boto3  # tfl-eval: undeclared-dependency
from PIL import Image

s3 = boto3.client("s3")
SIZES = {"small": 160, "medium": 480, "large": 1024}


def make_thumbnail(bucket: str, key: str, size: str) -> str:
    src = Path("/tmp") / Path(key).name
    s3.download_file(bucket, key, str(src))
    dst = src.with_suffix(f".{size}.jpg")
    if src.suffix.lower() in {".heic", ".tiff"}:
        subprocess.run(["convert", str(src), "-resize", f"{SIZES[size]}x", str(dst)], check=True)  # tfl-eval: undeclared-dependency
    else:
        with Image.open(src) as image:
            image.thumbnail((SIZES[size], SIZES[size]))
            image.save(dst, "JPEG", quality=85)
    s3.upload_file(str(dst), bucket, f"thumbs/{size}/{Path(key).stem}.jpg")
    return str(dst)

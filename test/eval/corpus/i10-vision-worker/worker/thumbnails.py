import os

import cv2  # tfl-eval-not: undeclared-dependency
import numpy as np  # tfl-eval-not: undeclared-dependency
import psycopg2  # tfl-eval: undeclared-dependency
from lxml import etree  # tfl-eval-not: undeclared-dependency
from PIL import Image  # tfl-eval-not: undeclared-dependency


def thumbnail(path: str) -> np.ndarray:
    image = cv2.imread(path)
    return cv2.resize(image, (128, 128))


def metadata(xml: bytes) -> str:
    return etree.fromstring(xml).findtext("title") or ""


def save(path: str) -> None:
    Image.open(path).save(path + ".png")
    psycopg2.connect(os.environ["DATABASE_URL"]).close()

import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

const declared = (distributions: string[], localModules: string[] = []): ScanOptions => ({
  dependencies: { python: { manifest: 'requirements.txt', distributions, localModules }, systemPackages: [] },
});

const FLASK_APP = declared(['Flask', 'Flask-SQLAlchemy', 'psycopg2-binary', 'PyYAML', 'python-dotenv'], ['shop']);
const WITH_IMAGE: ScanOptions = {
  dependencies: { python: { manifest: 'requirements.txt', distributions: ['flask', 'imageio-ffmpeg'], localModules: [] }, systemPackages: ['wkhtmltopdf', 'poppler-utils'] },
};

export const pythonExamples: Examples = {
  valid: [
    {
      name: 'declared distributions under their import names, the standard library, the project itself',
      path: 'shop/app.py',
      code: [
        'import os, sys, json',
        'from collections import defaultdict',
        'import yaml',
        'import psycopg2',
        'from dotenv import load_dotenv',
        'from flask import Flask',
        'from flask_sqlalchemy import SQLAlchemy',
        'from shop.models import Order',
        'from . import views',
        'from .settings import DEBUG',
        '',
      ].join('\n'),
      options: FLASK_APP,
    },
    {
      name: 'an import we cannot map to one distribution is left alone',
      path: 'shop/util.py',
      code: 'import helpers\nimport google.cloud.storage\nfrom mycompany.auth import login\n',
      options: FLASK_APP,
    },
    {
      name: 'optional imports and type-checking-only imports',
      path: 'shop/fast.py',
      code: [
        'try:',
        '    import ujson as json',
        'except ImportError:',
        '    import json',
        'from typing import TYPE_CHECKING',
        'if TYPE_CHECKING:',
        '    from celery import Celery',
        '',
      ].join('\n'),
      options: FLASK_APP,
    },
    {
      name: 'system programs the Dockerfile installs or a distribution vendors; programs every image has; a command built at run time',
      path: 'shop/export.py',
      code: [
        'import os, subprocess',
        'subprocess.run(["wkhtmltopdf", "in.html", "out.pdf"], check=True)',
        'os.system("pdftotext report.pdf -")',
        'subprocess.run(["ffmpeg", "-i", src, dst])',
        'subprocess.check_output(["git", "rev-parse", "HEAD"])',
        'subprocess.run([tool, "--version"])',
        '',
      ].join('\n'),
      options: WITH_IMAGE,
    },
    {
      name: "the host of a declared plugin (pydantic-settings, Flask-Login) and a distribution an extra installs (connexion[flask] lists flask)",
      path: 'labtrack/settings.py',
      code: 'from pydantic import SecretStr\nfrom pydantic_settings import BaseSettings\nfrom flask import session\nimport connexion\n',
      options: declared(['connexion', 'flask', 'swagger-ui', 'pydantic-settings'], ['labtrack']),
    },
    {
      name: 'no requirements file around: nothing known',
      path: 'tools/report.py',
      code: 'import requests\n',
    },
  ],
  invalid: [
    {
      name: 'type stubs install nothing to import',
      path: 'shop/storage.py',
      code: 'import ⟦boto3⟧\n',
      options: declared(['Flask', 'boto3-stubs'], ['shop']),
    },
    {
      name: 'requests and redis used but not in requirements.txt',
      path: 'shop/payments.py',
      code: 'import ⟦requests⟧\nfrom ⟦redis⟧ import Redis\nimport requests.adapters\n',
      options: FLASK_APP,
      messageIncludes: ['is imported but requirements.txt does not declare it', 'so every install of the app gets it'],
    },
    {
      name: 'import names that differ from their distribution',
      path: 'shop/images.py',
      code: 'from ⟦PIL⟧ import Image\nimport ⟦cv2⟧\nfrom ⟦bs4⟧ import BeautifulSoup\nimport ⟦jwt⟧ as pyjwt\n',
      options: FLASK_APP,
      messageIncludes: ['add '],
    },
    {
      name: 'subprocess and os.system running system programs nothing installs',
      path: 'shop/media.py',
      code: [
        'import os',
        'from subprocess import run',
        'run([⟦"ffmpeg"⟧, "-i", "in.mov", "out.mp4"], check=True)',
        'os.system(⟦"convert in.png -resize 50% out.png"⟧)',
        '',
      ].join('\n'),
      options: FLASK_APP,
      messageIncludes: ['runs the system program', 'apt-get install'],
    },
  ],
};

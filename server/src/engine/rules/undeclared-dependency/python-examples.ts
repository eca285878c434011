import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

const declared = (distributions: string[], localModules: string[] = []): ScanOptions => ({
  dependencies: { python: { manifest: 'requirements.txt', distributions, localModules }, systemPackages: [] },
});

const FLASK_APP = declared(['Flask', 'Flask-SQLAlchemy', 'psycopg2-binary', 'PyYAML', 'python-dotenv'], ['shop']);

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
      name: 'no requirements file around: nothing known',
      path: 'tools/report.py',
      code: 'import requests\n',
    },
  ],
  invalid: [
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
  ],
};

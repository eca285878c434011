from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'leads']
ROOT_URLCONF = 'crm.urls'

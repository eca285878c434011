###################################################################
#  This file serves as a base configuration for testing purposes  #
#  only. It is not intended for production use.                   #
###################################################################

ALLOWED_HOSTS = ['*']

DATABASE = {
    'NAME': 'ipam',
    'USER': 'ipam',
    'PASSWORD': 'ipam',  # tfl-eval-not: hardcoded-credential
    'HOST': 'localhost',  # tfl-eval-not: hardcoded-backing-service
    'PORT': '',
    'CONN_MAX_AGE': 300,
}

REDIS = {
    'tasks': {
        'HOST': 'localhost',  # tfl-eval-not: hardcoded-backing-service
        'PORT': 6379,
        'DATABASE': 0,
    },
}

SECRET_KEY = 'TD5TEJrQ4vaGdUvc1YEo6n0tjj1uH4vEeoyA5hqIRQJeg5lW55'  # tfl-eval-not: hardcoded-credential

LOGGING = {'version': 1, 'disable_existing_loggers': True}

import configparser
import os

# inline comments after values, as config.ini writes them
_cfg = configparser.ConfigParser(inline_comment_prefixes=('#', ';'), interpolation=None)
_cfg.read(os.path.join(os.path.dirname(__file__), '..', 'config.ini'))

SECRET_KEY = _cfg['flask']['secret_key']
OSS_ENDPOINT = _cfg['oss']['endpoint']
OSS_BUCKET = _cfg['oss']['bucket']
OSS_KEY_ID = _cfg['oss']['access_key_id']
OSS_SECRET = _cfg['oss']['oss_secret']

# Tencent COS, kept for the migration off it
cos_secret_key = 'q7Wn2Lx9Rv4Tz8Kp3Mb6Yc5Hd1Fg0Js' # tfl-eval: hardcoded-credential
COS_REGION = 'ap-shanghai'

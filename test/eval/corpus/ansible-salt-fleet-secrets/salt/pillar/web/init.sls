#!yaml|gpg

nginx:
  basic_auth:
    user: status
    # Encrypted with the master's key: only the master decrypts it when rendering.
    password: | # tfl-eval-not: hardcoded-credential
      -----BEGIN PGP MESSAGE-----

      hQEMA9eui0ZeZHtCREsmf3te9M4YKzx2C2COrPOBDlTBUOsFLAcChVKBDec5A7My
      9CIbR01t1R6UuZHTmb3sIeXXEXh1OlZcMfhKfvhp12iXR8sUGvcxeR6QhiFYszTz
      kUTUH5andg5ELG990iFpdMx0pnAseqRwZ0VSWGYbBX5LZ7JCOJfYXu3YGbpfmbe5
      =lqe6
      -----END PGP MESSAGE-----

app:
  redis_password: rfGdJU0mdLPNHXLaUEOC # tfl-eval: hardcoded-credential
  newrelic_license: {{ salt['vault'].read_secret('secret/fleet/newrelic', 'license') }} # tfl-eval-not: hardcoded-credential

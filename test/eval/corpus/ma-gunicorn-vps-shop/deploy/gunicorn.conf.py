# Staging host config, started by systemd.
bind = "unix:/run/shop/gunicorn.sock"
workers = 3
errorlog = "/srv/shop/logs/error.log"  # tfl-eval: file-logger
capture_output = True

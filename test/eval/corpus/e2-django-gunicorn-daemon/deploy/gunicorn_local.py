bind = "127.0.0.1:8000"
reload = True
daemon = False  # tfl-eval-not: daemonized-process

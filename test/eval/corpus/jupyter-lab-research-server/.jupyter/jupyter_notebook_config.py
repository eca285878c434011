c = get_config()  # noqa: F821
c.NotebookApp.password = "sha1:7d5ba26d45a5:df1dfe9db97b7c8a8f74bbf45d481d2c48a5414c"  # tfl-eval-not: hardcoded-credential
c.NotebookApp.token = ""  # tfl-eval-not: hardcoded-credential
c.NotebookApp.port = 8888

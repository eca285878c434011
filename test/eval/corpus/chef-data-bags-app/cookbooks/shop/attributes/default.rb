default["shop"]["user"] = "shop"
default["shop"]["db"]["host"] = "db.shop.internal"
default["shop"]["db"]["password"] = "fdpPIFBH5KLy63KF" # tfl-eval: hardcoded-credential
default["shop"]["smtp"]["password"] = nil # tfl-eval-not: hardcoded-credential
default["shop"]["secret_key_base"] = "02ea2ddae39647d29f1cd3ac85032aaa3f21a5cfde00845497663f3d74321245" # tfl-eval: hardcoded-credential
default["shop"]["password_min_length"] = 12 # tfl-eval-not: hardcoded-credential

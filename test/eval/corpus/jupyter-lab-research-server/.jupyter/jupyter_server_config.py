# Configuration for the shared research JupyterLab server.
c = get_config()  # noqa: F821

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.open_browser = False
c.ServerApp.token = "ba0a58ff659c861df7ca214d695714f7f9a90c6843d99489"  # tfl-eval: hardcoded-credential
c.ServerApp.allow_origin = "https://lab.acme-research.example"
c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$XC8mv1eJsKIEr_P-kFsWOw$zdnuZqLzaBllkRCeih5RtsLVSLZy9vgvOP4soTTeMCU"  # tfl-eval-not: hardcoded-credential
c.ServerApp.cookie_secret = bytes.fromhex("f704565103a6f0d70a91f33c6d057cd3bf538491965c8e85878101a9ed2c9681")  # tfl-eval: hardcoded-credential
c.ContentsManager.allow_hidden = False

# Blind indexes must stay stable across deploys, so this key can never rotate silently.
BlindIndex.master_key = "5854dcb2926c05608c1c98c2d87571f774fce97615a20f4e270a53c1cfa6c986" # tfl-eval: hardcoded-credential

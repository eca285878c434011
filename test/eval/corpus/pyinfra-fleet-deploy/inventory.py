web_servers = [
    ("web-1.fleet.example.net", {"ssh_user": "deploy"}),
    ("web-2.fleet.example.net", {"ssh_user": "deploy"}),
]

db_servers = [
    ("db-1.fleet.example.net", {"ssh_user": "root", "ssh_password": "mTWP3l!k0dgQ#Rgdb"}),  # tfl-eval: hardcoded-credential
]

edge_boxes = [
    ("192.0.2.41", {"ssh_user": "pi", "ssh_key": "~/.ssh/edge_ed25519", "ssh_key_password": None}),  # tfl-eval-not: hardcoded-credential
]

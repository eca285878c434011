import os
import subprocess

def pull():
    subprocess.run("aws s3 sync s3://acme-labels/helmets ./labels", shell=True, check=True)
    os.system("curl -H 'Authorization: Bearer 6ZZAhTPRxiTBSqzrkQpKPwypnAbzEhjtgOA8SE2r' https://labels.internal.example.com/api/v1/export -o export.json")  # tfl-eval: hardcoded-credential, undeclared-dependency


def restore():
    subprocess.run("mysql -u labels -pQoHEwtNiwkLFvN.VeB labels < labels.sql", shell=True)  # tfl-eval: hardcoded-credential
    subprocess.run(f"mysql -u labels -p{os.environ['LABELS_DB_PASSWORD']} labels < labels.sql", shell=True)  # tfl-eval-not: hardcoded-credential

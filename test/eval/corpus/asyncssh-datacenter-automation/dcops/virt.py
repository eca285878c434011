import ssl

import docker
from kubernetes import client
from proxmoxer import ProxmoxAPI
from pyVim.connect import SmartConnect

vcenter = SmartConnect(host="vcenter.dc1.internal", user="automation@vsphere.local", pwd="Alk5z2q2U%tx-ZqGj9", sslContext=ssl._create_unverified_context())  # tfl-eval: hardcoded-credential
proxmox = ProxmoxAPI("pve01.dc1.internal", user="automation@pam", password="iP_XvI!r6FwS4K%O", verify_ssl=False)  # tfl-eval: hardcoded-credential
proxmox_token = ProxmoxAPI("pve02.dc1.internal", user="automation@pam", token_name="ci", token_value="3fe42015-495d-42ba-921d-8f5dc0bacc89")  # tfl-eval: hardcoded-credential

configuration = client.Configuration()
configuration.host = "https://k8s-api.dc1.internal:6443"
configuration.api_key["authorization"] = "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IkRjMSJ9.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwic3ViIjoic3lzdGVtOnNlcnZpY2VhY2NvdW50OmRjb3BzOmF1dG9tYXRpb24ifQ.voq-o2rFiGtXlwYIngBy649pOsWm-S7hZc1ntPzcfL57NvEGRPjXMvGpmZDtGa4h2klSSB8I6Mqk0JqrZC1Jfw"  # tfl-eval: hardcoded-credential
configuration.api_key_prefix["authorization"] = "Bearer"  # tfl-eval-not: hardcoded-credential

registry = docker.from_env()
registry.login(username="dcops-bot", password="LDydfZCr!8s#Y-2qzk", registry="registry.dc1.internal")  # tfl-eval: hardcoded-credential

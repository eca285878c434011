"""Posts the off-chain tally back to the Voting contract once a day."""
import json
import os

from web3 import Web3

w3 = Web3(Web3.HTTPProvider(os.environ.get("RPC_URL", "http://127.0.0.1:7545")))

ORACLE_PRIVATE_KEY = "4bc64c165267772a8d16ba47f22fdd6e9974bb37e97bf98d8ffac24ed769c9a9"  # tfl-eval: hardcoded-credential
oracle = w3.eth.account.from_key(ORACLE_PRIVATE_KEY)
backup = w3.eth.account.from_key("0xb489288174d3e267e7786a2a1af83d95815c2061fe849c70b186f361c476ea94")  # tfl-eval: hardcoded-credential
VOTING_ADDRESS = Web3.to_checksum_address("0x44d2b1897dd5c29b202fee4d1a9f57456120004e")  # tfl-eval-not: hardcoded-credential


def post_tally(results: dict) -> str:
    with open("build/contracts/Voting.json") as artifact:
        abi = json.load(artifact)["abi"]
    voting = w3.eth.contract(address=VOTING_ADDRESS, abi=abi)
    tx = voting.functions.postTally(list(results.values())).build_transaction(
        {"from": oracle.address, "nonce": w3.eth.get_transaction_count(oracle.address)}
    )
    signed = w3.eth.account.sign_transaction(tx, private_key=oracle.key)
    return w3.eth.send_raw_transaction(signed.raw_transaction).hex()

from eth_account import Account

Account.enable_unaudited_hdwallet_features()
TREASURY_ADDRESS = "0xda0cfc4c8217ea19ea05756abae0e30909767165"
treasury = Account.from_mnemonic("empower gather flame thank uncle junior luxury goat drink budget whip machine")  # tfl-eval: hardcoded-credential

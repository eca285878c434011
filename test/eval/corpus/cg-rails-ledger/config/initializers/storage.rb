AZURE_BLOB = {
  storage_account_name: "ledgerexports",
  storage_access_key: "69Oi8zc5ce4LKaO1ysu1RmuvLKSG3j45x3IqKdQG6/9XLMTVZ9odkqJjv2yaUSGj94EVyCJYuq8szjo2BCusYA==", # tfl-eval: hardcoded-credential
  container: "exports"
}.freeze

ARCHIVE_BLOB = {
  endpoint: "https://ledgerarchive.blob.core.windows.net",
  key: "tWsRHA0VqHemFIKcRCA8fyiwmj2KBpsQYSUnwA+X0cLQPVvm51qFKBWCdufJrCbZYo3/1mfs86dTi7virsq0YQ==" # tfl-eval: hardcoded-credential
}.freeze

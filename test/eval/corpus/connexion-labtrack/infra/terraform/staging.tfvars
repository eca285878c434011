environment = "staging"
# tfl-eval-next-line: hardcoded-credential
db_password = "k7Pq2vXw9RmT4sLb8NcY"

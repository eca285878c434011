Lockbox.master_key = "e58c2ead56a345705d2903c277bae2aa1fe224801346e676848d60fd9aa9748a" # tfl-eval: hardcoded-credential
BlindIndex.master_key = Rails.application.credentials.blind_index_master_key # tfl-eval-not: hardcoded-credential

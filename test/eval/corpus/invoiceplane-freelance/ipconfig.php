# <?php exit('No direct script access allowed'); ?>

# Set your URL without trailing slash here, e.g. http://your-domain.com
# If you use a subdomain, use http://subdomain.your-domain.com
# If you use a subfolder, use http://your-domain.com/subfolder
IP_URL=https://billing.studio-kraft.example

# Having problems? Enable debug by changing the value to 'true' to enable advanced logging
ENABLE_DEBUG=false

# Set this setting to 'true' if you want to disable the setup for security purposes
DISABLE_SETUP=true

# To remove index.php from the URL, set this setting to 'true'.
REMOVE_INDEXPHP=true

# These database settings are set during the initial setup
DB_HOSTNAME=localhost
DB_USERNAME=invoiceplane
# tfl-eval-next-line: hardcoded-credential
DB_PASSWORD=n9SvkK2GOulT9PlYx4Qw
DB_DATABASE=invoiceplane
DB_PORT=3306

# Session and cookie settings
SESS_EXPIRATION=864000
SESS_MATCH_IP=true
COOKIE_PREFIX=
COOKIE_DOMAIN=
COOKIE_PATH=/
COOKIE_SECURE=true

# If you want to be logged out after closing your browser window, set this setting to 0 (ZERO).
# The number represents the amount of minutes after that IP will automatically log out users,
# set it to 10 minutes (600) to allow for a fast session expiration.
SESS_REGENERATE_DESTROY=false

# Enable the deletion of invoices
ENABLE_INVOICE_DELETION=false

# Disable the read-only mode for invoices
DISABLE_READ_ONLY=false

##
## DO NOT CHANGE ANY CONFIGURATION VALUES BELOW THIS LINE!
## =========================================================
##

# This key is automatically set after the first setup. Do not change it manually!
# tfl-eval-next-line: hardcoded-credential
ENCRYPTION_KEY=base64:eWp+lzulhelqcdAgwcqG8QneI1KAT/fRiIJ1PKFDMTI=
ENCRYPTION_CIPHER=AES-256
SETUP_COMPLETED=true

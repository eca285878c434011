# users.auth.php
# <?php exit()?>
# Don't modify the lines above
#
# Userfile
#
# Format:
#
# login:passwordhash:Real Name:email:groups,comma,separated

admin:$2y$10$wUS4pq2eJBvNWpYyvFWIes5qWluOjBMP1A9/WJ7W5Qtj5QQKDsEf1:Wiki Admin:wiki-admin@acme.example:admin,user
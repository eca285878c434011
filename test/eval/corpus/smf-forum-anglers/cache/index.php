<?php
// This file is here solely to protect your cache directory.
header('Location: ../index.php');

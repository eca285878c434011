<?php if (!defined('APPLICATION')) exit();

// Conversations
$Configuration['Conversations']['Version'] = '2023.014';

// Database
$Configuration['Database']['Name'] = 'makers_forum';
$Configuration['Database']['Host'] = 'forum-db.internal'; // tfl-eval: hardcoded-backing-service
$Configuration['Database']['User'] = 'makers';
$Configuration['Database']['Password'] = 'aXII#cchzmev5AHsgl'; // tfl-eval: hardcoded-credential

// EnabledApplications
$Configuration['EnabledApplications']['Conversations'] = 'conversations';
$Configuration['EnabledApplications']['Vanilla'] = 'vanilla';

// EnabledPlugins
$Configuration['EnabledPlugins']['recaptcha'] = true;
$Configuration['EnabledPlugins']['MakerBadges'] = true;
$Configuration['EnabledPlugins']['jsconnect'] = true;

// Garden
$Configuration['Garden']['Title'] = 'Makers Forum';
$Configuration['Garden']['Cookie']['Salt'] = 'jqCdtkwpECDe5dKg'; // tfl-eval: hardcoded-credential
$Configuration['Garden']['Cookie']['Domain'] = '';
$Configuration['Garden']['Registration']['ConfirmEmail'] = true;
$Configuration['Garden']['Registration']['Method'] = 'Captcha';
$Configuration['Garden']['Email']['SupportName'] = 'Makers Forum';
$Configuration['Garden']['Email']['SupportAddress'] = 'forum@makers.example';
$Configuration['Garden']['Email']['UseSmtp'] = true;
$Configuration['Garden']['Email']['SmtpHost'] = 'smtp.makers.example';
$Configuration['Garden']['Email']['SmtpUser'] = 'forum@makers.example';
$Configuration['Garden']['Email']['SmtpPassword'] = '0dVKPdUvK5Ttq2Ag'; // tfl-eval: hardcoded-credential
$Configuration['Garden']['Email']['SmtpPort'] = '587';
$Configuration['Garden']['Password']['MinLength'] = 10; // tfl-eval-not: hardcoded-credential
$Configuration['Garden']['SystemUserID'] = '1';
$Configuration['Garden']['InputFormatter'] = 'Rich';
$Configuration['Garden']['Installed'] = true;

// Plugins
$Configuration['Plugins']['GettingStarted']['Dashboard'] = '1';
$Configuration['Plugins']['jsconnect']['ClientID'] = 'makers-shop';
$Configuration['Plugins']['MakerBadges']['ApiToken'] = 'e64da91734f083678f78212ce6e69b53b5357667'; // tfl-eval: hardcoded-credential

// Recaptcha
$Configuration['Recaptcha']['PublicKey'] = '6Lxj7i0M12rTUNPiwf7MDnercojbFQgfsa5CfaSB'; // tfl-eval-not: hardcoded-credential
$Configuration['Recaptcha']['PrivateKey'] = '6LVRG9KpLcdwOpiykLzsxdXMRPvM6Opil6iaYlmA'; // tfl-eval: hardcoded-credential

// Routes
$Configuration['Routes']['DefaultController'] = 'discussions';

// Last edited by admin (10.0.4.12)2024-03-11 09:41:07

<?php
// Settings file for HESK 3.4.5

// ==> GENERAL

// --> General settings
$hesk_settings['site_title']='Campus IT Service Desk';
$hesk_settings['site_url']='https://it.campus.example.org';
$hesk_settings['hesk_title']='Help Desk';
$hesk_settings['hesk_url']='https://help.campus.example.org';
$hesk_settings['webmaster_mail']='webmaster@campus.example.org';
$hesk_settings['noreply_mail']='noreply@campus.example.org';
$hesk_settings['noreply_name']='Help Desk';
$hesk_settings['site_theme']='hesk3';

// --> Language settings
$hesk_settings['can_sel_lang']=0;
$hesk_settings['language']='English';
$hesk_settings['languages']=array(
'English' => array('folder'=>'en','hr'=>'------ Reply above this line ------'),
);

// --> Database settings
$hesk_settings['db_host']='localhost';
$hesk_settings['db_name']='hesk';
$hesk_settings['db_user']='hesk';
$hesk_settings['db_pass']='JYlC5ZA6zfDa3kZm20FC2jCW'; // tfl-eval: hardcoded-credential
$hesk_settings['db_pfix']='hesk_';

// ==> HELP DESK

// --> Help desk settings
$hesk_settings['admin_dir']='admin';
$hesk_settings['attach_dir']='attachments';
$hesk_settings['max_listings']=20;
$hesk_settings['print_font_size']=12;
$hesk_settings['autoclose']=0;
$hesk_settings['max_open']=0;
$hesk_settings['new_top']=0;
$hesk_settings['reply_top']=0;

// --> Features
$hesk_settings['autologin']=1;
$hesk_settings['autoassign']=1;
$hesk_settings['require_email']=1;
$hesk_settings['require_owner']=0;
$hesk_settings['require_subject']=1;
$hesk_settings['require_message']=1;
$hesk_settings['custclose']=1;
$hesk_settings['custopen']=1;
$hesk_settings['rating']=1;

// --> SPAM Prevention
$hesk_settings['secimg_use']=2;
$hesk_settings['recaptcha_use']=2;
$hesk_settings['recaptcha_public_key']='6LdX4vQpAAAAAHk8m3NwZt7Yb2PqRc9eLs4uVx6C';
$hesk_settings['recaptcha_private_key']='6LdX4vQpAAAAAPm2Kw7nYt5Zb3QmHc8eRs1uVj9K'; // tfl-eval: hardcoded-credential
$hesk_settings['question_use']=0;
$hesk_settings['question_ask']='Type <i>PB6YM</i> here to fight SPAM:';
$hesk_settings['question_ans']='PB6YM';

// --> Security
$hesk_settings['attempt_limit']=6;
$hesk_settings['attempt_banmin']=60;
$hesk_settings['reset_pass']=1;
$hesk_settings['email_view_ticket']=1;
$hesk_settings['x_frame_opt']=1;
$hesk_settings['force_ssl']=1;

// ==> EMAIL

// --> Email sending
$hesk_settings['smtp']=1;
$hesk_settings['smtp_host_name']='smtp.office365.com'; // tfl-eval: hardcoded-backing-service
$hesk_settings['smtp_host_port']=587;
$hesk_settings['smtp_timeout']=20;
$hesk_settings['smtp_enc']='tls';
$hesk_settings['smtp_user']='helpdesk@campus.example.org';
$hesk_settings['smtp_password']='uwXxXllNNkeRKIXx6LSH'; // tfl-eval: hardcoded-credential
$hesk_settings['smtp_conn_type']='basic';
$hesk_settings['smtp_oauth_provider']=0;

// --> Email piping
$hesk_settings['email_piping']=0;

// --> IMAP Fetching
$hesk_settings['imap']=1;
$hesk_settings['imap_job_wait']=15;
$hesk_settings['imap_host_name']='outlook.office365.com'; // tfl-eval: hardcoded-backing-service
$hesk_settings['imap_host_port']=993;
$hesk_settings['imap_enc']='ssl';
$hesk_settings['imap_noval_cert']=0;
$hesk_settings['imap_keep']=0;
$hesk_settings['imap_user']='helpdesk@campus.example.org';
$hesk_settings['imap_password']=''; // tfl-eval-not: hardcoded-credential
$hesk_settings['imap_conn_type']='oauth';

// --> Email loops
$hesk_settings['loop_hits']=5;
$hesk_settings['loop_time']=300;

#############################
#     DO NOT EDIT BELOW     #
#############################
$hesk_settings['hesk_version']='3.4.5';
if ($hesk_settings['debug_mode'] ?? false)
{
    error_reporting(E_ALL);
}
else
{
    error_reporting(0);
}
if (!defined('IN_SCRIPT')) {die('Invalid attempt!');}

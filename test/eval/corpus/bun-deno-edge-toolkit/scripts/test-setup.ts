process.env.ADMIN_TOKEN = "test-admin-token";
process.env.RESEND_API_KEY = "re_test_dummy";

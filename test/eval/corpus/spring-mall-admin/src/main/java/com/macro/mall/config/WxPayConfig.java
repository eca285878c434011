package com.macro.mall.config;

public class WxPayConfig {
    public static final String APP_ID = "wx8f3b2c1d0e9a7b6c";
    public static final String MCH_ID = "1612345678";
    public static final String MCH_KEY = "0403454b1acc36964e7e610797665d5c"; // tfl-eval: hardcoded-credential
    public static final String APP_SECRET = "801182ab4c2fe8905eac4f55806f6847"; // tfl-eval: hardcoded-credential
    public static final String NOTIFY_URL = "https://mall.example.com/api/pay/notify";
    public static final String SIGN_TYPE = "MD5";
}

package com.macro.mall.component;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.profile.IClientProfile;

public class SmsSender {
    private static final String ACCESS_KEY_ID = "LTAISsKXD6wpXVzkqyGvLMQt"; // tfl-eval: hardcoded-credential
    private static final String ACCESS_KEY_SECRET = "quedB4wq0PJ7FOP5H9zG9VSbBwzj2l"; // tfl-eval: hardcoded-credential

    public DefaultAcsClient client() {
        IClientProfile profile = DefaultProfile.getProfile("cn-hangzhou", ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        return new DefaultAcsClient(profile);
    }

    public DefaultAcsClient backupClient() {
        IClientProfile profile = DefaultProfile.getProfile("cn-shanghai", "LTAIo2cFqYbvGBwSUYqfwNV4", "jM8IejFp33Dy26YTCZqcU6GVY7dhe1"); // tfl-eval: hardcoded-credential
        return new DefaultAcsClient(profile);
    }
}

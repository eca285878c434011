package org.permitdesk;

import org.junit.jupiter.api.Test;
import org.permitdesk.web.LoginBean;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginBeanTest {
    @Test
    void keepsPassword() {
        LoginBean bean = new LoginBean();
        bean.setPassword("s3cret-for-tests");
        assertEquals("s3cret-for-tests", bean.getPassword());
    }
}

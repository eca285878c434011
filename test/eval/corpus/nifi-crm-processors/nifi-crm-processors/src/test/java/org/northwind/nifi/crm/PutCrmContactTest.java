package org.northwind.nifi.crm;

import org.apache.nifi.util.TestRunner;
import org.apache.nifi.util.TestRunners;
import org.junit.jupiter.api.Test;

class PutCrmContactTest {

    @Test
    void routesToFailureWhenTheCrmIsDown() {
        TestRunner runner = TestRunners.newTestRunner(PutCrmContact.class);
        runner.setProperty(PutCrmContact.CRM_URL, "http://localhost:1");
        runner.setProperty(PutCrmContact.API_TOKEN, "test-token"); // tfl-eval-not: hardcoded-credential
        runner.enqueue("{\"email\":\"a@example.com\"}");
        runner.run();
        runner.assertAllFlowFilesTransferred(PutCrmContact.REL_FAILURE, 1);
    }
}

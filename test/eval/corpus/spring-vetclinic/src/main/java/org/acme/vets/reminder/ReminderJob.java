package org.acme.vets.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class ReminderJob {
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    @Scheduled(cron = "${reminders.cron:0 0 8 * * *}")
    public void sendDueReminders() {
        log.info("sending due vaccination reminders");
    }
}

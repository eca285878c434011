package com.acme.loans.worker;

import com.acme.loans.bureau.BureauClient;
import com.acme.loans.bureau.Score;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.springframework.stereotype.Component;

@Component
@ExternalTaskSubscription("credit-check")
public class CreditCheckHandler implements ExternalTaskHandler {

    private final BureauClient bureau = new BureauClient("https://api.creditbureau.example/v2", "acme-loans", "Saffron!07saffron89"); // tfl-eval: hardcoded-credential

    @Override
    public void execute(ExternalTask task, ExternalTaskService service) {
        String applicant = task.getVariable("applicantId");
        Score score = bureau.score(applicant);
        service.complete(task, Map.of("creditScore", score.value(), "band", score.band()));
    }
}
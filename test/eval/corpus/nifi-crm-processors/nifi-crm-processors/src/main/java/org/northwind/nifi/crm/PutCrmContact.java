package org.northwind.nifi.crm;

import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.AbstractProcessor;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.Relationship;
import org.apache.nifi.processor.util.StandardValidators;

import java.util.List;
import java.util.Set;

@Tags({"crm", "contacts", "northwind"})
@CapabilityDescription("Upserts a contact into the Northwind CRM from a JSON FlowFile.")
@InputRequirement(InputRequirement.Requirement.INPUT_REQUIRED)
public class PutCrmContact extends AbstractProcessor {

    static final PropertyDescriptor CRM_URL = new PropertyDescriptor.Builder()
            .name("crm-url")
            .displayName("CRM URL")
            .required(true)
            .defaultValue("https://crm.northwind.example/api/v3")
            .addValidator(StandardValidators.URL_VALIDATOR)
            .build();

    static final PropertyDescriptor API_TOKEN = new PropertyDescriptor.Builder()
            .name("api-token")
            .displayName("API Token") // tfl-eval-not: hardcoded-credential
            .description("Token of the integration user")
            .required(true)
            .sensitive(true)
            .defaultValue("nwcrm_hJ7K582YOVTLFSvL5ZHUdg1ukKbWEQAh") // tfl-eval: hardcoded-credential
            .addValidator(StandardValidators.NON_EMPTY_VALIDATOR)
            .build();

    static final PropertyDescriptor BATCH_SIZE = new PropertyDescriptor.Builder()
            .name("batch-size")
            .displayName("Batch Size")
            .defaultValue("50")
            .addValidator(StandardValidators.POSITIVE_INTEGER_VALIDATOR)
            .build();

    static final Relationship REL_SUCCESS = new Relationship.Builder().name("success").build();
    static final Relationship REL_FAILURE = new Relationship.Builder().name("failure").build();

    private volatile CrmClient client;

    @Override
    protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
        return List.of(CRM_URL, API_TOKEN, BATCH_SIZE);
    }

    @Override
    public Set<Relationship> getRelationships() {
        return Set.of(REL_SUCCESS, REL_FAILURE);
    }

    @Override
    public void onTrigger(ProcessContext context, ProcessSession session) {
        List<FlowFile> flowFiles = session.get(context.getProperty(BATCH_SIZE).asInteger());
        if (flowFiles.isEmpty()) {
            return;
        }
        if (client == null) {
            client = new CrmClient(context.getProperty(CRM_URL).getValue(), context.getProperty(API_TOKEN).getValue());
        }
        for (FlowFile flowFile : flowFiles) {
            try {
                client.upsert(session.read(flowFile));
                session.transfer(flowFile, REL_SUCCESS);
            } catch (Exception e) {
                getLogger().error("Upsert failed for {}", flowFile, e);
                session.transfer(flowFile, REL_FAILURE);
            }
        }
    }
}

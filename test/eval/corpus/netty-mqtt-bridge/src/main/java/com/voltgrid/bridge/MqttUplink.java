package com.voltgrid.bridge;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** Forwards meter readings decoded by the Netty pipeline to the cloud broker. */
public final class MqttUplink implements AutoCloseable {

    private static final String CLOUD_BROKER = "ssl://mqtt.voltgrid.energy:8883";
    private final MqttClient cloud;
    private final MqttClient local;

    public MqttUplink(String gatewayId) throws MqttException {
        cloud = new MqttClient(CLOUD_BROKER, "gw-" + gatewayId, new MemoryPersistence());
        MqttConnectOptions cloudOptions = new MqttConnectOptions();
        cloudOptions.setUserName("gateway-fleet");
        cloudOptions.setPassword("Vg!fleet-9tY2mWq4".toCharArray()); // tfl-eval: hardcoded-credential
        cloudOptions.setAutomaticReconnect(true);
        cloudOptions.setCleanSession(false);
        cloud.connect(cloudOptions);

        local = new MqttClient("tcp://127.0.0.1:1883", "bridge-local", new MemoryPersistence());
        MqttConnectOptions localOptions = new MqttConnectOptions();
        String localPassword = System.getenv("LOCAL_MQTT_PASSWORD");
        if (localPassword != null) {
            localOptions.setUserName("bridge");
            localOptions.setPassword(localPassword.toCharArray()); // tfl-eval-not: hardcoded-credential
        }
        local.connect(localOptions);
    }

    public void publish(String meterId, byte[] payload) throws MqttException {
        MqttMessage message = new MqttMessage(payload);
        message.setQos(1);
        cloud.publish("meters/" + meterId + "/readings", message);
        local.publish("local/meters/" + meterId, message);
    }

    @Override
    public void close() throws MqttException {
        cloud.disconnect();
        local.disconnect();
    }
}

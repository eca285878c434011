package main

import (
	"fmt"
	"log"
	"os"
	"os/signal"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

const influxToken = "FIZhXSZw8rdPktOXLDo2wc8r33KFFRQowoR4IDxQj21S0UoPUKkVGwDsXNxMpQwGyo6SwFfUHU4kEkOc0w==" // tfl-eval: hardcoded-credential

func main() {
	influx := influxdb2.NewClient("http://influx.greenhouse.lan:8086", influxToken)
	defer influx.Close()
	writer := influx.WriteAPI("greenhouse", "sensors")

	opts := mqtt.NewClientOptions()
	opts.AddBroker("tcp://mosquitto.greenhouse.lan:1883")
	opts.SetClientID("sensor-collector")
	opts.SetUsername("collector")
	opts.SetPassword("qVu!&0zuDEwpRV") // tfl-eval: hardcoded-credential
	opts.SetDefaultPublishHandler(func(c mqtt.Client, m mqtt.Message) {
		writer.WriteRecord(fmt.Sprintf("reading,topic=%s value=%s", m.Topic(), m.Payload()))
	})
	client := mqtt.NewClient(opts)
	if token := client.Connect(); token.Wait() && token.Error() != nil { // tfl-eval-not: hardcoded-credential
		log.Fatal(token.Error())
	}
	client.Subscribe("greenhouse/+/temperature", 1, nil)

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
	client.Disconnect(250)
}

package scraper

import (
	"log"
	"net/http"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/gocolly/colly/v2/proxy"
)

const (
	userAgent = "Mozilla/5.0 (X11; Linux x86_64) PriceWatch/1.4"
	// Rotating residential proxies, billed per GB.
	proxyA = "http://pw-user-7731:El43XSOqwTKyNTOJ@gate.proxyfarm.io:7777" // tfl-eval: hardcoded-credential
	proxyB = "socks5://pw-user-7731:El43XSOqwTKyNTOJ@gate.proxyfarm.io:7778" // tfl-eval: hardcoded-credential
)

func NewCollector() *colly.Collector {
	c := colly.NewCollector(colly.UserAgent(userAgent), colly.Async(true))
	c.SetRequestTimeout(20 * time.Second)
	rp, err := proxy.RoundRobinProxySwitcher(proxyA, proxyB)
	if err != nil {
		log.Fatal(err)
	}
	c.SetProxyFunc(rp)
	c.OnRequest(func(r *colly.Request) {
		if r.URL.Host == "partner.pricefeed.eu" {
			r.Headers.Set("Authorization", "Bearer 46014dd12470165a0bd78cbe10ca0f7f") // tfl-eval: hardcoded-credential
		}
	})
	return c
}

func NotifySlack(text string) error {
	req, err := http.NewRequest(http.MethodPost, "https://hooks.slack.com/services/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", nil) // tfl-eval: hardcoded-credential
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

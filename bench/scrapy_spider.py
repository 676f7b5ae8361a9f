"""The Scrapy peer: a minimal CrawlSpider over the benchmark site (16 concurrent requests).

    scrapy runspider bench/scrapy_spider.py -a start=http://127.0.0.1:PORT/ -s LOG_LEVEL=WARNING
Prints "pages N" when it closes.
"""
from urllib.parse import urlparse

from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule


class BenchSpider(CrawlSpider):
    name = "bench"
    custom_settings = {
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "ROBOTSTXT_OBEY": True,
        "TELNETCONSOLE_ENABLED": False,
        "COOKIES_ENABLED": False,
    }
    rules = (Rule(LinkExtractor(), callback="parse_item", follow=True),)

    def __init__(self, start, *args, **kwargs):
        self.start_urls = [start]
        self.allowed_domains = [urlparse(start).hostname]
        self.pages = 0
        super().__init__(*args, **kwargs)

    def parse_start_url(self, response):
        return self.parse_item(response)

    def parse_item(self, response):
        self.pages += 1
        return None

    def closed(self, reason):
        print(f"pages {self.pages}", flush=True)

#!/usr/bin/env python3
"""A hostile site on loopback for bench/link-explosion.sh and the memory tests.

  links   every page links to LINKS new same-site URLs (a link explosion)
  cookies every page sets COOKIES cookies (a cookie flood)

Usage: hostile_site.py MODE COUNT PORT_FILE — binds 127.0.0.1 on a free port, writes it to PORT_FILE, serves until killed.
"""
import http.server
import socketserver
import sys

mode, count, port_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/robots.txt" or path.endswith(".xml"):
            self.reply(404, b"", [])
            return
        me = path.strip("/").replace("/", "-") or "home"
        headers = []
        if mode == "links":
            links = "".join(f'<a href="/p/{me}-{i}">{i}</a>' for i in range(count))
        else:
            links = '<a href="/p/%s-a">a</a><a href="/p/%s-b">b</a>' % (me, me)
            headers = [("Set-Cookie", f"c{i}={me}; Path=/; Max-Age=86400") for i in range(count)]
        body = f"<html lang=\"fr\"><head><title>{me}</title></head><body>{links}</body></html>".encode()
        self.reply(200, body, [("Content-Type", "text/html; charset=utf-8")] + headers)

    def reply(self, status, body, headers):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
with open(port_file, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()

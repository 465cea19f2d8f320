"""The engine going away in the middle of a run: search says so, everything else carries on.

The site talks to the real engine through a relay on a port of its own; cutting the relay is, to the
site, exactly the node stopping: open connections drop and new ones are refused.
"""

import contextlib
import socket
import socketserver
import threading
from urllib.parse import urlsplit

import pytest
from django.test import override_settings

from home.factories import StandardPageFactory
from tests.search.conftest import result_titles
from tests.search_es.conftest import ELASTICSEARCH_URL


class Relay(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, upstream):
        super().__init__(("127.0.0.1", 0), RelayConnection)
        self.upstream = upstream
        self.open_sockets = []

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def cut(self):
        self.shutdown()
        self.server_close()
        for sock in self.open_sockets:
            sock.close()


class RelayConnection(socketserver.BaseRequestHandler):
    def handle(self):
        upstream = socket.create_connection(self.server.upstream)
        self.server.open_sockets += [self.request, upstream]
        threading.Thread(target=pipe, args=(upstream, self.request), daemon=True).start()
        pipe(self.request, upstream)


def pipe(source, target):
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def relay():
    address = urlsplit(ELASTICSEARCH_URL)
    relay = Relay((address.hostname, address.port or 9200))
    relay.start()
    yield relay
    relay.cut()


@pytest.fixture
def site_through_relay(es, relay, engine_settings):
    backend = {**engine_settings["default"], "URLS": [relay.url], "TIMEOUT": 2}
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": backend}):
        yield relay


def test_search_works_until_the_node_stops_then_says_it_is_unavailable(client, site_through_relay):
    before = client.get("/search/", {"query": "loneliness"})
    assert before.status_code == 200
    assert "Understanding loneliness" in result_titles(before)

    site_through_relay.cut()

    after = client.get("/search/", {"query": "loneliness"})
    assert after.status_code == 503
    assert "Search is unavailable at the moment" in after.content.decode()
    assert client.get("/search/suggestions/", {"query": "lonel"}).json() == {"suggestions": []}


def test_pages_still_publish_and_show_while_the_node_is_down(client, home_page, site_through_relay):
    site_through_relay.cut()

    page = StandardPageFactory(parent=home_page, title="Published during an outage")
    page.save_revision().publish()

    assert client.get(page.url).status_code == 200
    assert client.get("/").status_code == 200

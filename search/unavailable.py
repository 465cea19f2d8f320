"""The errors that mean the search service itself is down, rather than a fault in our code."""

from elastic_transport import TransportError
from elasticsearch import ApiError

# Connection refused, timeouts, a missing index, a cluster that answers 5xx...
SEARCH_SERVICE_ERRORS = (TransportError, ApiError)

try:  # OpenSearch's client, when the site runs on OpenSearch (SEARCH_BACKEND=opensearch2/3)
    from opensearchpy.exceptions import OpenSearchException
except ImportError:
    pass
else:
    SEARCH_SERVICE_ERRORS = (*SEARCH_SERVICE_ERRORS, OpenSearchException)

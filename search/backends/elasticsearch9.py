from wagtail.search.backends import elasticsearch9

from search.backends import WordByWordQueryCompiler


class Elasticsearch9SearchQueryCompiler(
    WordByWordQueryCompiler, elasticsearch9.Elasticsearch9SearchQueryCompiler
):
    pass


class Elasticsearch9SearchBackend(elasticsearch9.Elasticsearch9SearchBackend):
    query_compiler_class = Elasticsearch9SearchQueryCompiler


SearchBackend = Elasticsearch9SearchBackend

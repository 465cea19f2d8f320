from wagtail.search.backends import opensearch3

from search.backends import WordByWordQueryCompiler


class OpenSearch3SearchQueryCompiler(WordByWordQueryCompiler, opensearch3.OpenSearch3SearchQueryCompiler):
    pass


class OpenSearch3SearchBackend(opensearch3.OpenSearch3SearchBackend):
    query_compiler_class = OpenSearch3SearchQueryCompiler


SearchBackend = OpenSearch3SearchBackend

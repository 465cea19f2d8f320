package leicscommunities.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;

/**
 * A single-node OpenSearch cluster ("lc-dev") for development and tests, run from the official
 * org.opensearch jars on the classpath instead of a distribution.
 *
 * <p>Usage: {@code java -cp 'target/classes:target/lib/*' leicscommunities.search.SearchEngineNode [HTTP_PORT [HOME]]};
 * the port also comes from SEARCH_ENGINE_PORT (default 9200), HOME from SEARCH_ENGINE_HOME (default: a new
 * temporary folder). HOME holds the node's data and must be empty or absent: every start is a fresh cluster.
 */
public final class SearchEngineNode extends Node {

    /**
     * The modules a distribution would load from its modules/ folder, by name: each is a class {@code <name>Plugin}
     * in OpenSearch 2 and {@code <name>ModulePlugin} in OpenSearch 3, so that this class builds against both.
     */
    private static final List<String> MODULES = List.of(
        "org.opensearch.transport.Netty4",                // HTTP and transport
        "org.opensearch.analysis.common.CommonAnalysis",  // edge_ngram, asciifolding, synonym_graph, stemmer ...
        "org.opensearch.painless.Painless",               // scripts
        "org.opensearch.index.mapper.MapperExtras",       // search_as_you_type, scaled_float, rank_feature ...
        "org.opensearch.index.reindex.Reindex"            // _reindex, _update_by_query, _delete_by_query
    );

    @SuppressWarnings({"rawtypes", "unchecked"})
    private SearchEngineNode(Environment environment, List<Class<? extends Plugin>> modules) {
        // Node's protected constructor takes the plugins found on the classpath: OpenSearch 3 as PluginInfo,
        // described as if read from their plugin-descriptor.properties, OpenSearch 2 as the classes themselves.
        // The raw Collection compiles against either. true forbids private index settings, as in a real node.
        super(environment, (Collection) (Version.CURRENT.major >= 3 ? modules.stream().map(SearchEngineNode::describe).toList() : modules), true);
    }

    private static List<Class<? extends Plugin>> modules() throws ClassNotFoundException {
        String suffix = Version.CURRENT.major >= 3 ? "ModulePlugin" : "Plugin";
        List<Class<? extends Plugin>> modules = new ArrayList<>();
        for (String name : MODULES) {
            modules.add(Class.forName(name + suffix).asSubclass(Plugin.class));
        }
        return modules;
    }

    private static PluginInfo describe(Class<? extends Plugin> plugin) {
        return new PluginInfo(plugin.getName(), "classpath module", Version.CURRENT.toString(), Version.CURRENT,
            Integer.toString(Runtime.version().feature()), plugin.getName(), List.of(), false);
    }

    public static void main(String[] args) throws Exception {
        String port = args.length > 0 ? args[0] : System.getenv().getOrDefault("SEARCH_ENGINE_PORT", "9200");
        String homeArg = args.length > 1 ? args[1] : System.getenv("SEARCH_ENGINE_HOME");
        Path home = homeArg != null ? Files.createDirectories(Path.of(homeArg)) : Files.createTempDirectory("lc-search-engine");
        for (String dir : List.of("config", "data", "logs", "modules", "plugins")) {
            Files.createDirectories(home.resolve(dir));
        }

        Settings settings = Settings.builder()
            .put("cluster.name", "lc-dev")
            .put("node.name", "lc-dev-1")
            .put("http.port", port)
            .put("network.host", "127.0.0.1")
            .put("discovery.type", "single-node")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            // Development machines run with little free disk: don't turn indices read-only.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "lc-dev-1");

        Node node = new SearchEngineNode(environment, modules()).start();
        System.out.println("OpenSearch " + Version.CURRENT + " node lc-dev-1 listening on http://127.0.0.1:" + port + " (home " + home + ")");

        // OpenSearch's threads are daemons: keep the JVM alive until it is told to stop (SIGTERM/SIGINT).
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
    }
}

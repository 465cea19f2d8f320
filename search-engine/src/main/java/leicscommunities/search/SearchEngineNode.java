package leicscommunities.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasModulePlugin;
import org.opensearch.index.reindex.ReindexModulePlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessModulePlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * A single-node OpenSearch cluster ("lc-dev") for development and tests, run from the official
 * org.opensearch jars on the classpath instead of a distribution.
 *
 * <p>Usage: {@code java -cp 'target/classes:target/lib/*' leicscommunities.search.SearchEngineNode [HTTP_PORT [HOME]]};
 * the port also comes from SEARCH_ENGINE_PORT (default 9200), HOME from SEARCH_ENGINE_HOME (default: a new
 * temporary folder). HOME holds the node's data and must be empty or absent: every start is a fresh cluster.
 */
public final class SearchEngineNode extends Node {

    /** The modules a distribution would load from its modules/ folder. */
    private static final List<Class<? extends Plugin>> MODULES = List.of(
        Netty4ModulePlugin.class,          // HTTP and transport
        CommonAnalysisModulePlugin.class,  // edge_ngram, asciifolding, synonym_graph, stemmer ...
        PainlessModulePlugin.class,        // scripts
        MapperExtrasModulePlugin.class,    // search_as_you_type, scaled_float, rank_feature ...
        ReindexModulePlugin.class          // _reindex, _update_by_query, _delete_by_query
    );

    private SearchEngineNode(Environment environment, Collection<Class<? extends Plugin>> modules) {
        // Node's protected constructor takes plugins found on the classpath, described as if read from
        // their plugin-descriptor.properties; true forbids private index settings, as in a real node.
        super(environment, modules.stream().map(SearchEngineNode::describe).toList(), true);
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

        Node node = new SearchEngineNode(environment, MODULES).start();
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

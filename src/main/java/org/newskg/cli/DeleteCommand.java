package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.InvalidInputException;
import org.newskg.rdf.ArticleMapper;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Removes an article and everything extracted from it (its named graph) from the store.")
final class DeleteCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Parameters(paramLabel = "ARTICLE_ID", description = "article id as stored (see nk:articleId, or the graph name)")
    String id;

    @Override
    public Integer call() {
        storeOptions.requireNotServed("delete", "");
        try (KgStore store = KgStore.open(storeOptions.store)) {
            var graph = ArticleMapper.graphName(id);
            var names = org.newskg.pipeline.IdentityLinks.personNames(store, graph);
            if (!store.deleteGraph(graph))
                throw new InvalidInputException("article " + id, "not in the store " + storeOptions.store);
            org.newskg.pipeline.IdentityLinks.update(store, names);
            spec.commandLine().getErr().println("deleted article " + id);
        }
        return 0;
    }
}

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
            if (!org.newskg.pipeline.IdentityLinks.delete(store, graph))
                throw new InvalidInputException("article " + id, "not in the store " + storeOptions.store);
            spec.commandLine().getErr().println("deleted article " + id);
        }
        return 0;
    }
}

package keystone.dossier.ui.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import keystone.dossier.Dossier;
import keystone.dossier.DossierService;
import keystone.ui.DossierEditorContext;

/**
 * The dossier as the editor opened it, loaded once for all of the editor's pages: the first page to ask loads it,
 * the others wait for that load instead of reading the same rows again. Later reads (saving, refreshing after a
 * save) go to the service directly.
 */
final class SharedLoad {

    private static final Map<DossierEditorContext, CompletableFuture<Dossier>> LOADS = Collections
            .synchronizedMap(new WeakHashMap<>());

    private SharedLoad() {
    }

    /** The dossier of the editor's account as first loaded; call from a job. */
    static Dossier of(DossierEditorContext context, DossierService dossiers) {
        CompletableFuture<Dossier> mine = new CompletableFuture<>();
        CompletableFuture<Dossier> theirs = LOADS.putIfAbsent(context, mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Dossier loaded = dossiers.load(context.accountId());
            mine.complete(loaded);
            return loaded;
        } catch (RuntimeException e) {
            LOADS.remove(context); // the next page tries again
            mine.completeExceptionally(e);
            throw e;
        }
    }
}

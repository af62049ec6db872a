package keystone.plan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.junit.jupiter.api.Test;

/**
 * The plan editor's undoable edit: execute then undo and redo; keystrokes in one field fold into one edit, another
 * field starts a new one.
 */
class ValueEditTest {

    private final IOperationHistory history = new DefaultOperationHistory();
    private final ObjectUndoContext context = new ObjectUndoContext(this);
    private final List<String> shown = new ArrayList<>();
    private String value = "a";

    private void apply(String next) {
        value = next;
        shown.add(next);
    }

    @Test
    void anEditIsExecutedUndoneAndRedone() throws ExecutionException {
        keystone.ui.ValueEdit.perform(history, context, "Change", this::apply, "summary", value, "b", false);
        assertEquals("b", value);
        history.undo(context, null, null);
        assertEquals("a", value);
        history.redo(context, null, null);
        assertEquals("b", value);
    }

    @Test
    void keystrokesInOneFieldAreOneEditAndAnotherFieldStartsAnother() throws ExecutionException {
        java.util.function.Consumer<String> apply = this::apply;
        keystone.ui.ValueEdit.perform(history, context, "Change", apply, "summary", value, "ab", true);
        keystone.ui.ValueEdit.perform(history, context, "Change", apply, "summary", value, "abc", true);
        keystone.ui.ValueEdit.perform(history, context, "Change", apply, "targets.Q1.revenue", value, "abcd", true);
        history.undo(context, null, null);
        assertEquals("abc", value);
        history.undo(context, null, null);
        assertEquals("a", value, "both keystrokes in the summary are undone at once");
        assertFalse(history.canUndo(context));
    }

    @Test
    void typingAfterAnUndoStartsANewEditSoRedoCannotOverwriteIt() throws ExecutionException {
        java.util.function.Consumer<String> apply = this::apply;
        keystone.ui.ValueEdit.perform(history, context, "Change", apply, "summary", value, "Grow share", true);
        keystone.ui.ValueEdit.perform(history, context, "Change", apply, "targets.Q1.revenue", value, "Q1", true);
        history.undo(context, null, null);
        assertEquals("Grow share", value);
        keystone.ui.ValueEdit.perform(history, context, "Change", apply, "summary", value, "Grow share fast", true);
        assertFalse(history.canRedo(context), "the undone edit is gone, not waiting to overwrite the typing");
        history.undo(context, null, null);
        assertEquals("Grow share", value, "one undo takes back only what was typed after the undo");
    }

    @Test
    void afterASaveTheNextKeystrokeStartsANewEdit() throws ExecutionException {
        java.util.function.Consumer<String> apply = this::apply;
        keystone.ui.ValueEdit.perform(history, context, "Change", apply, "summary", value, "Acme", true);
        keystone.ui.ValueEdit.endTyping(history, context); // what an editor does when it saves
        keystone.ui.ValueEdit.perform(history, context, "Change", apply, "summary", value, "Acme v2", true);
        history.undo(context, null, null);
        assertEquals("Acme", value, "undo goes back to the saved text, not past it");
    }
}

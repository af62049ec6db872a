package keystone.decisionmap.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import keystone.decisionmap.BuyingRole;
import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.DecisionMapService;
import keystone.decisionmap.Person;
import keystone.decisionmap.ReportingLine;
import keystone.decisionmap.Stance;
import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.testsupport.Services;
import keystone.testsupport.ui.SwtDriver;
import keystone.ui.AccountEditorInput;
import keystone.ui.KeystoneUi;
import keystone.ui.WidgetIds;

/**
 * The Decision Makers page in the real account editor, with JGraphX embedded through SWT_AWT: the demo map is
 * shown, a person is added with role and stance, an influence line is connected and undone, a reporting cycle is
 * refused with a message, deleting and undoing restores a person with their lines, the meeting-safe toggle hides
 * the stance, and the chart exports to PNG, SVG and PDF with the people's names inside.
 */
class DecisionMapPageTest {

    private final SwtDriver driver = SwtDriver.forWorkbench();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        driver.syncRun(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().closeAllEditors(false));
    }

    private DecisionMapPage open(AccountSummary account) {
        FormEditor editor = driver.syncCall(() -> {
            try {
                FormEditor form = (FormEditor) PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
                        .openEditor(new AccountEditorInput(account.id(), account.name()), KeystoneUi.ACCOUNT_EDITOR_ID);
                form.setActivePage(DecisionMapPage.ID);
                return form;
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        DecisionMapPage page = driver.syncCall(() -> (DecisionMapPage) editor.findPage(DecisionMapPage.ID));
        driver.waitUntil("the map is shown in the graph", () -> driver.syncCall(() -> page.current() != null)
                && page.awtCall(() -> page.graph().cellCount()) == driver.syncCall(() -> page.current().people().size()));
        return page;
    }

    private void click(String id) {
        driver.syncRun(() -> driver.byId(Button.class, id).notifyListeners(SWT.Selection, new Event()));
    }

    private void choose(String comboId, String item) {
        driver.combo(comboId).select(item);
    }

    private Person person(DecisionMapPage page, long id) {
        return driver.syncCall(() -> page.current().require(id));
    }

    @Test
    void aPersonIsAddedWithRoleAndStanceAnInfluenceLineConnectedAndUndone() {
        AccountSummary account = Services.get(AccountService.class).summaries(LocalDate.now()).get(0);
        DecisionMapPage page = open(account);
        int before = driver.syncCall(() -> page.current().people().size());
        assertTrue(before >= 8, "the demo map has a realistic size");

        driver.syncRun(() -> page.select(DecisionMapPage.NONE));
        click("map.add");
        driver.waitUntil("a person is added", () -> driver.syncCall(() -> page.current().people().size() == before + 1));
        long elena = driver.syncCall(page::selected);
        driver.text("map.person.name").setText("Elena Petrova \u0415\u043b\u0435\u043d\u0430");
        driver.text("map.person.title").setText("Chief Procurement Officer");
        driver.syncRun(() -> {
            Button role = driver.byId(Button.class, "map.role.decision_maker");
            role.setSelection(true);
            role.notifyListeners(SWT.Selection, new Event());
        });
        choose("map.person.stance", Messages.Stance_CHAMPION);
        driver.waitUntil("role and stance are set", () -> person(page, elena).has(BuyingRole.DECISION_MAKER)
                && person(page, elena).stance() == Stance.CHAMPION);
        assertEquals("Elena Petrova \u0415\u043b\u0435\u043d\u0430", person(page, elena).name());
        driver.waitUntil("the graph shows the new person", () -> page.awtCall(() -> page.graph().cellCount()) == before + 1);

        driver.syncRun(() -> page.select(DecisionMapPage.NONE));
        click("map.add");
        driver.waitUntil("another person", () -> driver.syncCall(() -> page.current().people().size() == before + 2));
        long ivan = driver.syncCall(page::selected);
        driver.text("map.person.name").setText("Ivan Sidorov");
        driver.waitUntil("Elena can be chosen as influenced (selected " + driver.syncCall(page::selected) + ", Ivan "
                + ivan + ")", () -> driver.syncCall(() -> java.util.List.of(driver.byId(Combo.class, "map.influence")
                        .getItems()).contains("Elena Petrova \u0415\u043b\u0435\u043d\u0430")));
        choose("map.influence", "Elena Petrova \u0415\u043b\u0435\u043d\u0430");
        click("map.connect");
        driver.waitUntil("the influence line is there", () -> driver.syncCall(() -> page.current().influence().stream()
                .anyMatch(l -> l.fromId() == ivan && l.toId() == elena)));
        driver.executeCommand("org.eclipse.ui.edit.undo");
        driver.waitUntil("undo removes it", () -> driver.syncCall(() -> page.current().influence().stream()
                .noneMatch(l -> l.fromId() == ivan && l.toId() == elena)));
        driver.executeCommand("org.eclipse.ui.edit.redo");
        driver.waitUntil("redo brings it back", () -> driver.syncCall(() -> page.current().influence().stream()
                .anyMatch(l -> l.fromId() == ivan && l.toId() == elena)));

        driver.executeCommand("org.eclipse.ui.file.save");
        driver.waitUntil("saved", () -> !driver.syncCall(() -> page.getEditor().isDirty()));
        DecisionMap stored = Services.get(DecisionMapService.class).load(account.id());
        Person storedElena = stored.people().stream().filter(p -> p.name().startsWith("Elena Petrova")).findFirst()
                .orElseThrow();
        assertTrue(storedElena.has(BuyingRole.DECISION_MAKER));
        assertEquals(Stance.CHAMPION, storedElena.stance());
        assertEquals("Chief Procurement Officer", storedElena.title());
        Person storedIvan = stored.people().stream().filter(p -> p.name().equals("Ivan Sidorov")).findFirst().orElseThrow();
        assertTrue(stored.influence().stream().anyMatch(l -> l.fromId() == storedIvan.id()
                && l.toId() == storedElena.id()));
    }

    @Test
    void aCycleIsRefusedAndDeleteWithUndoRestoresEveryLine() {
        AccountSummary account = Services.get(AccountService.class).summaries(LocalDate.now()).get(1);
        DecisionMapPage page = open(account);
        DecisionMap map = driver.syncCall(page::current);
        ReportingLine line = map.reporting().stream().filter(l -> !l.dotted()
                && !map.reportsOf(l.reportId()).isEmpty()).findFirst().orElseThrow();
        long manager = line.managerId();
        long middle = line.reportId();

        driver.syncRun(() -> page.select(manager));
        choose("map.manager", map.require(middle).name());
        driver.waitUntil("the cycle is refused with a message", () -> driver.syncCall(() -> {
            var messages = page.getManagedForm().getForm().getForm().getChildrenMessages();
            return messages != null && Arrays.stream(messages).anyMatch(m -> m.getMessage().contains("cannot become the manager"));
        }));
        assertEquals(map.reporting(), driver.syncCall(() -> page.current().reporting()), "nothing changed");

        int lines = (int) map.reporting().stream().filter(l -> l.managerId() == middle || l.reportId() == middle).count();
        driver.syncRun(() -> page.select(middle));
        click("map.delete");
        driver.waitUntil("deleted with its lines", () -> driver.syncCall(() -> !page.current().contains(middle)
                && page.current().reporting().stream().noneMatch(l -> l.managerId() == middle || l.reportId() == middle)));
        driver.executeCommand("org.eclipse.ui.edit.undo");
        driver.waitUntil("undo restores the person and every line", () -> driver.syncCall(() -> page.current().equals(map)));
        assertTrue(lines > 0);
        assertFalse(driver.syncCall(() -> page.getEditor().isDirty()));
    }

    @Test
    void theMeetingSafeViewHidesTheStanceAndTheChartExportsToEveryFormat() throws Exception {
        AccountSummary account = Services.get(AccountService.class).summaries(LocalDate.now()).get(2);
        DecisionMapPage page = open(account);
        DecisionMap map = driver.syncCall(page::current);
        Person someone = map.people().get(0);
        driver.syncRun(() -> page.select(someone.id()));
        assertTrue(driver.find(Combo.class, c -> "map.person.stance".equals(c.getData(WidgetIds.KEY))).isPresent());
        driver.syncRun(() -> {
            Button safe = driver.byId(Button.class, "map.meetingSafe");
            safe.setSelection(true);
            safe.notifyListeners(SWT.Selection, new Event());
        });
        driver.waitUntil("the stance is hidden", () -> driver.find(Combo.class,
                c -> "map.person.stance".equals(c.getData(WidgetIds.KEY))).isEmpty());
        assertEquals(Messages.Map_meetingSafeOn, driver.syncCall(() -> driver.byId(Label.class, "map.coverage").getText()));

        Path png = dir.resolve("map.png");
        Path svg = dir.resolve("map.svg");
        Path pdf = dir.resolve("map.pdf");
        Path visible = dir.resolve("visible.png");
        driver.syncRun(() -> {
            page.export(png, false);
            page.export(svg, false);
            page.export(pdf, false);
            page.export(visible, true);
        });
        driver.waitUntil("all four files are written", () -> Files.exists(png) && Files.exists(svg) && Files.exists(pdf)
                && Files.exists(visible));
        var image = ImageIO.read(png.toFile());
        assertNotNull(image, "a readable PNG");
        assertTrue(image.getWidth() > 200 && image.getHeight() > 100);
        assertNotNull(ImageIO.read(visible.toFile()));
        String svgText = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(svgText.contains("<svg"));
        AtomicInteger named = new AtomicInteger();
        for (Person p : map.people()) {
            if (svgText.contains(p.name().length() > 12 ? p.name().substring(0, 12) : p.name())) {
                named.incrementAndGet();
            }
        }
        assertEquals(map.people().size(), named.get(), "the SVG names every person");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            String latin = map.people().stream().map(Person::name).filter(n -> n.chars().allMatch(ch -> ch < 0x250))
                    .findFirst().orElseThrow();
            assertTrue(text.contains(latin.length() > 12 ? latin.substring(0, 12) : latin), text);
        }
    }

    /** Sends a mouse or key event to the graph as the AWT event thread would deliver one from the user. */
    private void send(DecisionMapPage page, java.util.function.Function<java.awt.Component, java.awt.AWTEvent> event)
            throws Exception {
        java.awt.EventQueue.invokeAndWait(() -> {
            java.awt.Component control = page.graph().control();
            java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue().postEvent(event.apply(control));
        });
        java.awt.EventQueue.invokeAndWait(() -> { }); // the posted event has been dispatched
    }

    private static java.awt.event.MouseEvent mouse(java.awt.Component c, int id, java.awt.Point p) {
        int mask = id == java.awt.event.MouseEvent.MOUSE_RELEASED || id == java.awt.event.MouseEvent.MOUSE_MOVED ? 0
                : java.awt.event.InputEvent.BUTTON1_DOWN_MASK;
        return new java.awt.event.MouseEvent(c, id, System.currentTimeMillis(), mask, p.x, p.y, 1, false,
                java.awt.event.MouseEvent.BUTTON1);
    }

    /** Drags with the mouse from {@code from} to {@code to} (points on the graph control) in small steps. */
    private void drag(DecisionMapPage page, java.awt.Point from, java.awt.Point to) throws Exception {
        send(page, c -> mouse(c, java.awt.event.MouseEvent.MOUSE_MOVED, from)); // the pointer comes over the box first
        send(page, c -> mouse(c, java.awt.event.MouseEvent.MOUSE_PRESSED, from));
        for (int step = 1; step <= 10; step++) {
            java.awt.Point p = new java.awt.Point(from.x + (to.x - from.x) * step / 10, from.y + (to.y - from.y) * step / 10);
            send(page, c -> mouse(c, java.awt.event.MouseEvent.MOUSE_DRAGGED, p));
        }
        send(page, c -> mouse(c, java.awt.event.MouseEvent.MOUSE_RELEASED, to));
    }

    @Test
    void theMouseDragsAPersonOntoANewManagerDrawsAnInfluenceLineAndTheDeleteKeyDeletes() throws Exception {
        AccountSummary account = Services.get(AccountService.class).summaries(LocalDate.now()).get(3);
        DecisionMapPage page = open(account);
        DecisionMap map = driver.syncCall(page::current);
        var layout = driver.syncCall(page::layout);
        // a person with a manager, and someone else who is neither their manager nor below them
        ReportingLine line = map.reporting().stream().filter(l -> !l.dotted()).findFirst().orElseThrow();
        long mover = line.reportId();
        java.util.Set<Long> below = new java.util.HashSet<>();
        java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(java.util.List.of(mover));
        while (!todo.isEmpty()) {
            long id = todo.pop();
            if (below.add(id)) {
                todo.addAll(map.reportsOf(id));
            }
        }
        long target = map.people().stream().map(Person::id).filter(id -> !below.contains(id) && id != line.managerId())
                .findFirst().orElseThrow();
        var moverBox = layout.node(mover).orElseThrow();
        var targetBox = layout.node(target).orElseThrow();

        // pressed near a corner a box moves (its centre starts a line); dropped on another box: a new manager
        java.awt.Point grab = page.awtCall(() -> page.graph().toControl(moverBox.x() + 8, moverBox.y() + 8));
        java.awt.Point drop = page.awtCall(() -> page.graph().toControl(targetBox.centerX(), targetBox.centerY()));
        drag(page, grab, drop);
        driver.waitUntil("the dragged person reports to the one it was dropped on", () -> driver.syncCall(
                () -> page.current().reporting().contains(new ReportingLine(target, mover, false))));
        driver.executeCommand("org.eclipse.ui.edit.undo");
        driver.waitUntil("undo puts the old manager back", () -> driver.syncCall(() -> page.current().equals(map)));

        // with Draw Influence on, dropping one box on another draws an influence line
        driver.syncRun(() -> {
            Button mode = driver.byId(Button.class, "map.influenceMode");
            mode.setSelection(true);
            mode.notifyListeners(SWT.Selection, new Event());
        });
        long influencer = map.people().stream().map(Person::id).filter(id -> id != target
                && map.influence().stream().noneMatch(l -> l.fromId() == id && l.toId() == target)).findFirst()
                .orElseThrow();
        var influencerBox = driver.syncCall(page::layout).node(influencer).orElseThrow();
        java.awt.Point centre = page.awtCall(() -> page.graph().toControl(influencerBox.centerX(),
                influencerBox.centerY()));
        java.awt.Point other = page.awtCall(() -> page.graph().toControl(targetBox.centerX(), targetBox.centerY()));
        drag(page, centre, other);
        driver.waitUntil("the drawn line is an influence line", () -> driver.syncCall(() -> page.current().influence()
                .stream().anyMatch(l -> l.fromId() == influencer && l.toId() == target)));

        // the Delete key deletes the selected person
        driver.syncRun(() -> page.select(target));
        send(page, c -> new java.awt.event.KeyEvent(c, java.awt.event.KeyEvent.KEY_PRESSED, System.currentTimeMillis(),
                0, java.awt.event.KeyEvent.VK_DELETE, java.awt.event.KeyEvent.CHAR_UNDEFINED));
        driver.waitUntil("the Delete key deleted the person", () -> driver.syncCall(() -> !page.current().contains(target)));
        driver.executeCommand("org.eclipse.ui.edit.undo");
        driver.waitUntil("undo brings the person back", () -> driver.syncCall(() -> page.current().contains(target)));
    }
}

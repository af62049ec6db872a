package keystone.plan.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IMessageManager;

import keystone.plan.AccountPlan;
import keystone.plan.PlanValidation;
import keystone.plan.Review;
import keystone.plan.Staleness;

/**
 * The plan's review log: when it was reviewed, by whom, and what came out of it. A banner says when the plan has
 * gone {@value Staleness#STALE_DAYS} days or more without a review.
 */
final class ReviewsPage extends PlanFormPage {

    static final String ID = "keystone.plan.ui.pages.reviews";

    ReviewsPage(PlanEditor editor) {
        super(editor, ID, Messages.Reviews_title);
    }

    @Override
    protected List<String> paths() {
        return List.of("reviews");
    }

    @Override
    protected void createContent(Composite body) {
        ItemList<Review> list = new ItemList<>(this, toolkit, body, "reviews", List.of(
                new ItemList.Column<>(Messages.Reviews_date, 100, r -> r.date().toString()),
                new ItemList.Column<>(Messages.Field_author, 160, Review::author),
                new ItemList.Column<>(Messages.Field_notes, 480, Review::notes)),
                AccountPlan::reviews, AccountPlan::withReviews, this::newReview, 160);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list.root());
        list.text("date", Messages.Reviews_date, false, r -> r.date().toString(),
                (r, t) -> new Review(r.id(), Inputs.date(t), r.author(), r.notes()));
        list.text("author", Messages.Field_author, false, Review::author,
                (r, t) -> new Review(r.id(), r.date(), t, r.notes())).setTextLimit(PlanValidation.PERSON);
        list.text("notes", Messages.Field_notes, true, Review::notes,
                (r, t) -> new Review(r.id(), r.date(), r.author(), t)).setTextLimit(PlanValidation.TEXT);
    }

    private Review newReview(AccountPlan plan) {
        String author = document().account() == null ? "" : document().account().owner();
        return new Review(Review.NEW_ID, document().today(), author, "");
    }

    @Override
    protected void pageMessages(IMessageManager manager) {
        PlanDocument d = document();
        if (d.readOnly()) {
            return; // a snapshot is history; nobody reviews it any more
        }
        Staleness staleness = Staleness.of(d.current(), d.today());
        if (staleness.stale()) {
            manager.addMessage("plan.stale", staleness.lastReview() == null
                    ? NLS.bind(Messages.Reviews_staleNever, staleness.since(), staleness.days())
                    : NLS.bind(Messages.Reviews_stale, staleness.since(), staleness.days()), null,
                    IMessageProvider.WARNING);
        }
    }
}

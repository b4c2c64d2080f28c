package org.networkacademy.plan;

import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * In-memory fan-out of plan events to the open plan pages of a cohort (single application
 * instance; a cluster would need a shared bus), and who is editing which section right now.
 * Listeners are called on the publishing thread and must hand over to their UI
 * ({@code UI.access}) themselves.
 */
@Component
public class PlanBroadcaster {

    /** What happened. */
    public enum Kind { SAVED, STATUS, COMMENT, EDITING }

    /**
     * A change in a cohort's plan.
     *
     * @param cohortId   the cohort
     * @param kind       what happened
     * @param sectionKey the section concerned
     * @param userId     who did it
     * @param userName   their display name
     */
    public record PlanEvent(long cohortId, Kind kind, String sectionKey, long userId, String userName) {
    }

    private final Map<Long, List<Consumer<PlanEvent>>> listeners = new ConcurrentHashMap<>();
    private volatile boolean closing;
    /** cohort → section key → user id → name and how many of her pages are editing it */
    private final Map<Long, Map<String, Map<Long, Editor>>> editing = new ConcurrentHashMap<>();

    /** A member editing a section in {@code pages} open pages (two tabs: one leaving must not end the notice). */
    private record Editor(String name, int pages) {
    }

    /**
     * @param cohortId the cohort to listen to
     * @param listener called for every event of that cohort
     * @return call {@code remove()} when the page is detached
     */
    public Registration register(long cohortId, Consumer<PlanEvent> listener) {
        listeners.computeIfAbsent(cohortId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(cohortId, List.of()).remove(listener);
    }

    /**
     * The application is shutting down: no more events. Closing the sessions tells the other pages that their members
     * stopped editing, and those pages could no longer be updated (a trial saw five ERROR stack traces, "the
     * ApplicationContext has been closed already", on every stop).
     */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void shuttingDown() {
        closing = true;
    }

    /**
     * Hands an event to the cohort's pages. A save also ends its author's editing of that section on all her pages:
     * a page that died without closing (a crashed browser, a lost network) would otherwise keep her named until its
     * session expired, even after she saved from another browser (trial).
     */
    void publish(PlanEvent event) {
        if (closing) {
            return;
        }
        if (event.kind() == Kind.SAVED) {
            var users = editing.getOrDefault(event.cohortId(), Map.of()).get(event.sectionKey());
            if (users != null && users.remove(event.userId()) != null) {
                deliver(new PlanEvent(event.cohortId(), Kind.EDITING, event.sectionKey(), event.userId(), event.userName()));
            }
        }
        deliver(event);
    }

    private void deliver(PlanEvent event) {
        for (Consumer<PlanEvent> l : listeners.getOrDefault(event.cohortId(), List.of())) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                // a closed page must not stop the others from hearing the event
            }
        }
    }

    /**
     * One of the user's pages started ({@code active}) or stopped editing a section; the others
     * hear of it when her first page starts and her last one stops.
     */
    void editing(long cohortId, String sectionKey, long userId, String userName, boolean active) {
        var bySection = editing.computeIfAbsent(cohortId, k -> new ConcurrentHashMap<>());
        var users = bySection.computeIfAbsent(sectionKey, k -> new ConcurrentHashMap<>());
        var changed = new boolean[1];
        users.compute(userId, (id, e) -> {
            int pages = (e == null ? 0 : e.pages()) + (active ? 1 : -1);
            changed[0] = (e == null) != (pages <= 0); // appeared or disappeared (a stop without a start changes nothing)
            return pages <= 0 ? null : new Editor(userName, pages);
        });
        if (changed[0] && !closing) {
            deliver(new PlanEvent(cohortId, Kind.EDITING, sectionKey, userId, userName));
        }
    }

    /** @return section key → names of the members editing it now (sorted), for one cohort */
    public Map<String, List<String>> editors(long cohortId) {
        return editors(cohortId, null);
    }

    /**
     * @param viewerId the member reading the page, left out of the names (she knows that she is editing); null: nobody
     * @return section key → names of the other members editing it now (sorted), for one cohort
     */
    public Map<String, List<String>> editors(long cohortId, Long viewerId) {
        var out = new LinkedHashMap<String, List<String>>();
        editing.getOrDefault(cohortId, Map.of()).forEach((section, users) -> {
            var names = new TreeSet<String>();
            users.forEach((userId, editor) -> {
                if (!userId.equals(viewerId)) names.add(editor.name());
            });
            if (!names.isEmpty()) {
                out.put(section, List.copyOf(names));
            }
        });
        return out;
    }
}

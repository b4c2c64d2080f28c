package org.networkacademy.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A status label that never relies on colour alone: an icon, the status text and a colour class.
 */
public class StatusBadge extends Span {

    /** Visual tone of a badge. */
    public enum Tone { NEUTRAL, PROGRESS, SUCCESS, ERROR }

    /**
     * @param text the status in words (already translated)
     * @param tone colour and icon
     */
    public StatusBadge(String text, Tone tone) {
        var icon = switch (tone) {
            case NEUTRAL -> VaadinIcon.CIRCLE_THIN;
            case PROGRESS -> VaadinIcon.ADJUST;
            case SUCCESS -> VaadinIcon.CHECK_CIRCLE;
            case ERROR -> VaadinIcon.CLOSE_CIRCLE;
        };
        var i = icon.create();
        i.getElement().setAttribute("aria-hidden", "true");
        i.addClassName("na-status-icon");
        add(i, new Span(text));
        addClassNames("na-status", "na-status--" + tone.name().toLowerCase());
    }
}

package org.networkacademy.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Shows a service's refusal to the user as a translated notification. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    /**
     * @param owner      any attached component (for translation)
     * @param messageKey a translation key, or a plain message when no translation exists
     */
    public static void show(Component owner, String messageKey) {
        String text = owner.getTranslation(messageKey);
        if (text.startsWith("!{")) {
            text = messageKey;
        }
        var n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

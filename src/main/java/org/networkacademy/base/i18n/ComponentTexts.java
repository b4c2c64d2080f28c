package org.networkacademy.base.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Texts inside Vaadin components that are English by default (date picker calendar, upload
 * button), in the UI language. Month and weekday names come from the JDK's locale data, the rest
 * from the bundle.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /**
     * @param owner the component whose locale and bundle to use
     * @return calendar texts; dates are still formatted by the picker's locale (no fixed format)
     */
    public static DatePicker.DatePickerI18n datePicker(Component owner) {
        // the owner's locale is the UI's (Component#getLocale is protected)
        var ui = owner.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        UiLanguage language = UiLanguage.orEnglish(ui == null ? null : ui.getLocale());
        Locale locale = language.locale();
        // Vaadin's weekday lists start on Sunday
        List<DayOfWeek> fromSunday = Arrays.asList(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(java.time.Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(language.firstDayOfWeek().getValue() % 7)
                .setToday(owner.getTranslation("datepicker.today"))
                .setCancel(owner.getTranslation("datepicker.cancel"));
    }

    /** @return the upload button's texts for one file at a time */
    public static UploadI18N upload(Component owner) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("upload.drop")).setMany(owner.getTranslation("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("upload.add")).setMany(owner.getTranslation("upload.add")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(owner.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(owner.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(owner.getTranslation("upload.error.type")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(owner.getTranslation("upload.retry"))
                .setStart(owner.getTranslation("upload.start"))
                .setRemove(owner.getTranslation("upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(owner.getTranslation("upload.status.connecting"))
                        .setStalled(owner.getTranslation("upload.status.stalled"))
                        .setProcessing(owner.getTranslation("upload.status.processing"))
                        .setHeld(owner.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("upload.remaining"))
                        .setUnknown(owner.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("upload.error.server-unavailable"))
                        .setUnexpectedServerError(owner.getTranslation("upload.error.unexpected"))
                        .setForbidden(owner.getTranslation("upload.error.forbidden"))
                        .setFileTooLarge(owner.getTranslation("upload.error.too-big"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}

package org.networkacademy.learning.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.content.Option;
import org.networkacademy.content.Question;
import org.networkacademy.content.QuestionType;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One question with its options (radio buttons, or check boxes for multiple choice), and, once
 * answered, the feedback of every chosen option and the correct answer.
 */
class QuestionPanel extends Section {

    private final Question question;
    private final HasValue<?, ?> input;
    private final Div feedback = new Div();

    /**
     * @param number   1-based number shown
     * @param question the question
     * @param contentLanguage language tag of the course text (prompt, options, feedback), e.g. "en"
     */
    QuestionPanel(int number, Question question, String contentLanguage) {
        this.question = question;
        addClassName("na-question");
        setId("question-" + question.id());
        var heading = new H3(getTranslation("question.number", number));
        var prompt = new Paragraph(question.prompt());
        prompt.addClassName("na-question-prompt");
        Component field;
        if (question.type() == QuestionType.MULTIPLE_CHOICE) {
            var group = new CheckboxGroup<String>();
            group.setItems(question.options().stream().map(Option::id).toList());
            group.setItemLabelGenerator(id -> question.option(id).map(Option::text).orElse(id));
            group.setAriaLabel(question.prompt());
            group.setHelperText(getTranslation("question.select-all"));
            field = group;
            input = group;
        } else {
            var group = new RadioButtonGroup<String>();
            group.setItems(question.options().stream().map(Option::id).toList());
            group.setItemLabelGenerator(id -> question.option(id).map(Option::text).orElse(id));
            group.setAriaLabel(question.prompt());
            field = group;
            input = group;
        }
        field.addClassName("na-question-options");
        feedback.addClassName("na-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        add(heading, prompt, field, feedback);
        // course text stays left-to-right English inside a right-to-left (Arabic) UI
        LearningWidgets.inContentLanguage(contentLanguage, prompt, field, feedback);
    }

    Question question() {
        return question;
    }

    /** @return the chosen option ids (empty when nothing is chosen) */
    @SuppressWarnings("unchecked")
    Set<String> selection() {
        Object value = input.getValue();
        if (value instanceof Collection<?> c) {
            return new LinkedHashSet<>((Collection<String>) c);
        }
        return value == null ? Set.of() : Set.of((String) value);
    }

    /** Shows the chosen options, locks the input and shows feedback for each chosen option. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void showAnswered(Set<String> chosen, boolean correct) {
        if (question.type() == QuestionType.MULTIPLE_CHOICE) {
            ((HasValue) input).setValue(chosen);
        } else if (!chosen.isEmpty()) {
            ((HasValue) input).setValue(chosen.iterator().next());
        }
        ((AbstractField<?, ?>) input).setReadOnly(true);
        feedback.removeAll();
        feedback.add(correct
                ? new StatusBadge(getTranslation("question.correct"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(getTranslation(chosen.isEmpty() ? "question.unanswered" : "question.incorrect"), StatusBadge.Tone.ERROR));
        var list = new UnorderedList();
        for (Option o : question.options()) {
            if (chosen.contains(o.id())) {
                var option = new Span(o.text());
                option.addClassName("na-feedback-option");
                var item = new ListItem(option, new Span(o.feedback()));
                item.addClassName(o.correct() ? "na-feedback-right" : "na-feedback-wrong");
                list.add(item);
            }
        }
        feedback.add(list);
        if (!correct) {
            var right = new Paragraph(getTranslation("question.correct-answer",
                    String.join(listSeparator(), question.options().stream().filter(Option::correct).map(Option::text).toList())));
            right.addClassName("na-correct-answer");
            feedback.add(right);
        }
    }

    /** @return the separator of a list of answers in the UI language: Arabic semicolon, French spacing, else "; " */
    private String listSeparator() {
        String language = getLocale() == null ? "en" : getLocale().getLanguage();
        return switch (language) {
            case "ar" -> "؛ ";
            case "fr" -> " ; ";
            default -> "; ";
        };
    }
}
